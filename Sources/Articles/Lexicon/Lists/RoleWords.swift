// Edit here: one entry per line (lines starting with # are comments).
extension WordLists {
    /// Heads of job descriptions. Compiled by hand; one per line.
    static let roleWords = """
# Heads of job descriptions: a capitalised phrase ending in one of these is a role, not a name.
enthusiast
blogger
editor
hacker
reporter
writer
author
analyst
officer
manager
director
consultant
engineer
researcher
scientist
specialist
strategist
correspondent
columnist
executive
founder
adviser
advisor
assistant
secretary
president
chairman
chairwoman
spokesman
spokeswoman
spokesperson
professor
expert
evangelist
lead
architect
developer
designer
producer
photographer
contributor
student
intern
democrat
republican
independent
lawmaker
member
"""
}
