#ifndef TIKTOK_READER_CNCURSES_SHIM_H
#define TIKTOK_READER_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
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
static inline mmask_t tr_all_mouse(void) { return ALL_MOUSE_EVENTS; }

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

/// Restores the terminal and exits: used on SIGTERM, SIGHUP and SIGINT.
static void tr_on_signal(int sig) {
    endwin();
    _exit(128 + sig);
}

static inline void tr_install_signal_handlers(void) {
    signal(SIGTERM, tr_on_signal);
    signal(SIGHUP, tr_on_signal);
    signal(SIGINT, tr_on_signal);
    signal(SIGQUIT, tr_on_signal);
}
#endif
