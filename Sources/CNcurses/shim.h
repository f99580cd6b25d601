#ifndef TIKTOK_READER_CNCURSES_SHIM_H
#define TIKTOK_READER_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
