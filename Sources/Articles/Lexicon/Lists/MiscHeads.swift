// Edit here: one entry per line (lines starting with # are comments).
extension WordLists {
    /// Heads of laws and events. Compiled by hand; one per line.
    static let miscHeads = """
# Words that make a capitalised phrase a law, treaty or event rather than an organisation.
act
bill
treaty
accord
accords
agreement
amendment
doctrine
plan
war
games
olympics
cup
championship
award
awards
prize
summit
conference
festival
show
expo
exhibition
"""
}
