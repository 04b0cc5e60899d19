// SPDX-License-Identifier: GPL-3.0-or-later
// Le Tiroir's pictures, in one vertex batch each: an old phone showing its
// state on its screen (a smile: it works; a crack; a battery nearly empty;
// a dark screen with crossed eyes: truly dead), the places it may go (a gift
// box, a toolbox, a collection box with the recycling arrows, a household
// bin, a mysterious boat), the signs that say which phone goes where in
// pictures, and the boat's tracker crossing the sea to a smoky scrapyard.
// Every state and place is told by a shape, never by colour alone.
#pragma once

#include "levels/drawer/DrawerRules.hpp"
#include "ui/ShapeBatch.hpp"

#include <SFML/Graphics/Rect.hpp>

namespace mobi::drawer {

// A phone `height` pixels tall at `centre`, turned by `angle` (radians, clockwise on screen).
void phone(ShapeBatch& b, sf::Vector2f centre, float height, float angle, DrawerRules::State state);
// A place on the floor, its open box filling `box` (pixels); `count` phones already in it peek out.
void place(ShapeBatch& b, const sf::FloatRect& box, DrawerRules::Place p, int count);
// The sign over a right place: the states that go there, as small phones, on a board at `centre`.
void sign(ShapeBatch& b, sf::Vector2f centre, float size, DrawerRules::Place p);
// The boat's trip in a card filling `card`: the sea from home to a far coast, a
// smoky scrapyard there, and the tracker's dot `t` (0 … 1) of the way; `time` animates.
void trackerMap(ShapeBatch& b, const sf::FloatRect& card, float t, float time);
// The world's e-waste as ten heaps, `recycled` of them taken in by the recycling arrows (F6).
void worldTen(ShapeBatch& b, const sf::FloatRect& box, int recycled);

} // namespace mobi::drawer
