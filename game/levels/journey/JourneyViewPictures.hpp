// SPDX-License-Identifier: GPL-3.0-or-later
// The pictures of Le Grand Voyage, drawn from shapes: the world map and its
// route, Mobi's parcel, the ship, the wagon and its engine, the crane, the
// plane with its hold, the town and the shop, and a globe of the distance
// meter. JourneyView puts them together.
#pragma once

#include "levels/LevelSim.hpp"
#include "levels/journey/JourneyRules.hpp"
#include "ui/Camera.hpp"
#include "ui/QuizPictures.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>

namespace mobi::journeyPictures {

const sf::Color kCrate(0xD8, 0x9A, 0x4E);

// The quiz picture that shows a way to travel ("plane", "ship", "truck"…).
std::string pictureOf(JourneyRules::Way way);
// The continents, the places of the route (the level file's place.* zones)
// and its legs: those done in ink with their vehicle, the one ahead glowing.
void worldMap(sf::RenderTarget& target, const LevelSim& sim, const Camera& cam, const JourneyRules& rules,
              float time, bool lowDetail);
void parcel(sf::RenderTarget& target, const sf::FloatRect& rect);
// Drawn in the deck body's frame, so they rock with it.
void ship(sf::RenderTarget& target, const Camera& cam, const b2Body* deck);
void wagon(sf::RenderTarget& target, const Camera& cam, const b2Body* deck);
// A crane at the right whose jib reaches over (x, y), its hook holding what is there.
void crane(sf::RenderTarget& target, const Camera& cam, float x, float y);
// The plane, moved by `offset` metres (its take-off); its door open while loading.
void plane(sf::RenderTarget& target, const Camera& cam, sf::Vector2f offset, bool doorOpen);
void town(sf::RenderTarget& target, const Camera& cam);
void shop(sf::RenderTarget& target, const sf::FloatRect& rect);
// A globe of the meter: grey until travelled, a ring around it filling, in colour once done.
void globe(sf::RenderTarget& target, sf::Vector2f centre, float radius, float fill);

} // namespace mobi::journeyPictures
