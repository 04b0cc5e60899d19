// SPDX-License-Identifier: GPL-3.0-or-later
// The pictures of picture answers (for children who do not read yet), drawn
// from shapes like the rest of the game. Names are those of quizPictures().
// Also the vote shapes: A ▲, B ●, C ■, D ◆, each with its own colour, so a
// class can vote by shape as well as by colour or letter.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>

namespace mobi {

void drawQuizPicture(sf::RenderTarget& target, const std::string& name, sf::Vector2f centre, float size);

sf::Color voteColour(int index);
void drawVoteShape(sf::RenderTarget& target, int index, sf::Vector2f centre, float size);

} // namespace mobi
