// Edit here: one entry per line (lines starting with # are comments).
extension WordLists {
    /// Heads of place names. Compiled by hand; one per line.
    static let placeHeads = """
# Words that make a capitalised phrase a place (Franklin County, Hudson River, Fifth Avenue), even when its first
# word is also a first name. Not `state` or `district`, which head organisations as often (Ohio State, School District).
county
counties
province
prefecture
township
parish
borough
island
islands
peninsula
river
lake
mountains
valley
canyon
bay
gulf
sea
ocean
strait
desert
street
avenue
boulevard
square
airport
"""
}
