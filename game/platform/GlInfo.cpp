// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/GlInfo.hpp"

#include <SFML/OpenGL.hpp>

namespace mobi {

std::string glRenderer() {
    const GLubyte* name = glGetString(GL_RENDERER);
    return name ? reinterpret_cast<const char*>(name) : "";
}

} // namespace mobi
