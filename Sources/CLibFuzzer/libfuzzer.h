// libFuzzer's driver, which `-sanitize=fuzzer` links in. SwiftPM names an executable's entry point
// `<Module>_main` and links `main` to it, so the fuzzing build of ArticlesFuzz defines that entry point itself and
// hands over to the driver, instead of using libFuzzer's own `main`. Nothing is linked for the normal build.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
