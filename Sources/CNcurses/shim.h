#ifndef TIKTOK_READER_CNCURSES_SHIM_H
#define TIKTOK_READER_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio_ext.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <sys/ioctl.h>

/// The terminal's size from the kernel, before (or without) ncurses; 0 when standard output is no terminal.
static inline int tr_tty_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 1;
}

// Macros and globals are not usable from Swift 6: small functions instead.
static inline WINDOW *tr_stdscr(void) { return stdscr; }
static inline int tr_lines(void) { return LINES; }
static inline int tr_cols(void) { return COLS; }
static inline int tr_colors(void) { return COLORS; }
static inline int tr_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tr_bold(void) { return A_BOLD; }
static inline attr_t tr_underline(void) { return A_UNDERLINE; }
static inline attr_t tr_reverse(void) { return A_REVERSE; }
static inline attr_t tr_dim(void) { return A_DIM; }
static inline attr_t tr_normal(void) { return A_NORMAL; }
/// Waits at most `ms` milliseconds for a key (-1: wait for ever).
static inline void tr_timeout(int ms) { wtimeout(stdscr, ms); }
static inline int tr_key_resize(void) { return KEY_RESIZE; }
static inline int tr_key_mouse(void) { return KEY_MOUSE; }
static inline int tr_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t tr_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t tr_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tr_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/// The most wide characters one cell holds (a base and its combining marks).
static inline int tr_cell_chars(void) { return CCHARW_MAX; }

/// Paints row `y` from `n` cells: cell i shows text[i*CCHARW_MAX ...] (`len[i]` characters; 0 marks the right
/// half of a wide character, which ncurses fills itself) with attributes and a colour pair. The row goes in as
/// one array, without cursor movement, so even the bottom-right cell is safe to write.
static inline void tr_paint_row(int y, int n, const wchar_t *text, const unsigned char *len, const attr_t *attrs,
                                const short *pairs) {
    cchar_t row[n > 0 ? n : 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (len[i] == 0) continue;
        // filled in place, as setcchar would (its checks cost more than the rest of the row)
        cchar_t *c = &row[k++];
        int m = len[i] < CCHARW_MAX ? len[i] : CCHARW_MAX;
        for (int j = 0; j < CCHARW_MAX; j++) c->chars[j] = j < m ? text[i * CCHARW_MAX + j] : 0;
        c->attr = (attrs[i] & ~A_COLOR) | (pairs[i] < 256 ? (attr_t)COLOR_PAIR(pairs[i]) : 0);
#if NCURSES_EXT_COLORS
        c->ext_color = pairs[i];
#endif
    }
    mvwadd_wchnstr(stdscr, y, 0, row, k);
}

/// Sets the character set from the environment (all ncurses needs of the locale); true when it is UTF-8.
static inline int tr_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *set = nl_langinfo(CODESET);
    return set != NULL && strcmp(set, "UTF-8") == 0;
}

/// Reads the terminfo entry for TERM without starting curses (which reads its own). 0: read, and the terminal can
/// run a full-screen program (the entry stays loaded until `tr_release_terminfo`); 1: TERM unset or unknown;
/// 2: no terminfo database; 3: a terminal that cannot move the cursor (hardcopy, dumb).
static inline int tr_setupterm(void) {
    int err = 0;
    if (setupterm(NULL, 1, &err) != OK) return err == -1 ? 2 : err == 1 ? 3 : 1;
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1 || tigetflag("hc") > 0) {
        TERMINAL *t = set_curterm(NULL);
        if (t != NULL) del_curterm(t);
        return 3;
    }
    return 0;
}

/// Lets go of the entry `tr_setupterm` read (curses reads its own).
static inline void tr_release_terminfo(void) {
    TERMINAL *t = set_curterm(NULL);
    if (t != NULL) del_curterm(t);
}

/// A string capability of the terminfo entry last read; NULL when the terminal has none.
static inline const char *tr_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return s == (char *)-1 ? NULL : s;
}
static inline int tr_tigetnum(const char *name) { return tigetnum(name); }
static inline int tr_tigetflag(const char *name) { return tigetflag(name) > 0; }
/// A parameterised capability with one or two numbers filled in (tiparm itself is variadic, out of Swift's reach).
static inline const char *tr_tiparm1(const char *cap, int a) { return tiparm(cap, a); }
static inline const char *tr_tiparm2(const char *cap, int a, int b) { return tiparm(cap, a, b); }

/// The terminal on standard output opened again, for reading only: through it curses can learn the size and set
/// the modes, while all it writes is refused. -1 when it cannot be opened.
static inline int tr_open_terminal_read_only(void) {
    const char *name = ttyname(1);
    return name != NULL ? open(name, O_RDONLY | O_NOCTTY | O_CLOEXEC) : -1;
}

/// Puts `fd` in the place of standard output; returns the real one, for `tr_restore_output`, or -1 (nothing done).
static inline int tr_swap_output(int fd) {
    fflush(stdout);
    int saved = dup(1);
    if (saved < 0) return -1;
    if (dup2(fd, 1) != 1) {
        close(saved);
        return -1;
    }
    return saved;
}

/// Gives standard output back after `tr_swap_output`; what was written meanwhile through stdio is dropped too.
static inline void tr_restore_output(int saved) {
    fflush(stdout);
    __fpurge(stdout);   // a write refused above may leave its bytes buffered
    dup2(saved, 1);
    close(saved);
}

/// Holds back (leaves pending) the signals that end or stop the reader; returns the mask to go back to.
static inline sigset_t tr_hold_signals(void) {
    sigset_t held, old;
    sigemptyset(&held);
    sigaddset(&held, SIGINT);
    sigaddset(&held, SIGTERM);
    sigaddset(&held, SIGHUP);
    sigaddset(&held, SIGQUIT);
    sigaddset(&held, SIGTSTP);
    pthread_sigmask(SIG_BLOCK, &held, &old);
    return old;
}
/// Goes back to a signal mask from `tr_hold_signals`; signals that came meanwhile are delivered now.
static inline void tr_release_signals(sigset_t old) { pthread_sigmask(SIG_SETMASK, &old, NULL); }

/// Restores the terminal and exits: used on SIGTERM, SIGHUP, SIGINT and SIGQUIT.
static void tr_on_signal(int sig) {
    endwin();
    _exit(128 + sig);
}

/// What handled each crash signal before us (the default, or Swift's backtracer), to pass the crash on to. Static
/// because a signal handler has nowhere else to find it; written once, before the handlers are installed.
static inline struct sigaction *tr_crash_previous(void) {
    static struct sigaction previous[32];
    return previous;
}

/// Restores the terminal on a crash (a fault or a Swift trap), then lets the crash go on as before: the previous
/// handler gets the signal again, so the process still dies of it (with its core dump or backtrace).
static void tr_on_crash(int sig) {
    endwin();
    if (sig > 0 && sig < 32) sigaction(sig, &tr_crash_previous()[sig], NULL);
    raise(sig);
    // A handler that returns (a backtracer reports and returns, expecting a fault to recur) must not leave the
    // process running when the signal was sent rather than caused: end it as the default would.
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void tr_install_signal_handlers(void) {
    signal(SIGTERM, tr_on_signal);
    signal(SIGHUP, tr_on_signal);
    signal(SIGINT, tr_on_signal);
    signal(SIGQUIT, tr_on_signal);
    static const int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (unsigned k = 0; k < sizeof crashes / sizeof crashes[0]; k++) {
        struct sigaction on;
        memset(&on, 0, sizeof on);
        on.sa_handler = tr_on_crash;
        sigemptyset(&on.sa_mask);
        on.sa_flags = SA_NODEFER;   // the re-raise inside the handler must not wait for it to return
        sigaction(crashes[k], &on, &tr_crash_previous()[crashes[k]]);
    }
}
#endif
