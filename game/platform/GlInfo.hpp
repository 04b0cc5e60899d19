// SPDX-License-Identifier: GPL-3.0-or-later
// What OpenGL driver draws the window, to pace frames on software renderers
// (FramePacing.hpp) and to print in benchmarks.
#pragma once

#include <string>

namespace mobi {

// GL_RENDERER of the current context (a window must be open), or "".
std::string glRenderer();

} // namespace mobi
