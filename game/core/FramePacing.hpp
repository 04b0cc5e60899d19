// SPDX-License-Identifier: GPL-3.0-or-later
// How often the window is redrawn while something moves. The simulation
// always steps at 60 Hz (FixedStep.hpp); only drawing slows down. On a PC
// without a graphics driver (software OpenGL: Mesa's llvmpipe, Windows' GDI
// Generic), every pixel is drawn by the CPU, and 30 images a second halve the
// cost of play with no change to how the game behaves.
#pragma once

#include <optional>
#include <string>

namespace mobi {

constexpr int kFullFrameRate = 60;
constexpr int kSoberFrameRate = 30;

// The renderer names of software OpenGL drivers, from glGetString(GL_RENDERER).
bool isSoftwareRenderer(const std::string& glRenderer);

// --fps wins; else 30 on software OpenGL or in low detail, else 60.
int chooseFrameRate(std::optional<int> requested, bool softwareRenderer, bool lowDetail);

} // namespace mobi
