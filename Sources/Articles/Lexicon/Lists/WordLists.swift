/// The word lists, compiled into the program as text: nothing to find or read at start-up, and no
/// resource bundle (which would pull Foundation in). Each list is one entry per line; see docs/data.md.
enum WordLists {}
