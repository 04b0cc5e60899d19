// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FramePacing.hpp"

#include <catch2/catch.hpp>

using namespace mobi;

TEST_CASE("software OpenGL drivers are recognised by their renderer name", "[pacing]") {
    CHECK(isSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)"));
    CHECK(isSoftwareRenderer("softpipe"));
    CHECK(isSoftwareRenderer("Software Rasterizer"));
    CHECK(isSoftwareRenderer("GDI Generic"));
    CHECK(isSoftwareRenderer("Microsoft Basic Render Driver"));
    CHECK_FALSE(isSoftwareRenderer("Mesa Intel(R) HD Graphics 520 (SKL GT2)"));
    CHECK_FALSE(isSoftwareRenderer("AMD Radeon R5 Graphics"));
    CHECK_FALSE(isSoftwareRenderer(""));
}

TEST_CASE("play is drawn at 30 images a second on software OpenGL or in low detail", "[pacing]") {
    CHECK(chooseFrameRate(std::nullopt, false, false) == 60);
    CHECK(chooseFrameRate(std::nullopt, true, false) == 30);
    CHECK(chooseFrameRate(std::nullopt, false, true) == 30);
    CHECK(chooseFrameRate(60, true, true) == 60); // --fps wins
    CHECK(chooseFrameRate(30, false, false) == 30);
}
