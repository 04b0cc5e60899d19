// SPDX-License-Identifier: GPL-3.0-or-later
// What main() needs from the operating system before parsing its arguments:
// the arguments as UTF-8, and (on Windows) a console for --help, --check-data
// and the other text modes of a windowed program.
#pragma once

#include <string>
#include <vector>

namespace mobi {

// The arguments after the program name, in UTF-8. On POSIX they are argv as
// given. Windows passes main() its arguments in the ANSI code page, which
// cannot spell every name (a --user-dir in C:\Users\Zoë on a Greek system),
// so there they come from the wide command line instead.
std::vector<std::string> utf8Arguments(int argc, char** argv);

// The game is built as a windowed program on Windows, so it has no console of
// its own: when it is started from a command prompt and its output is not
// redirected, this sends stdout and stderr to that prompt's console. Does
// nothing elsewhere, or when there is no parent console (started from a
// shortcut).
void attachParentConsole();

} // namespace mobi
