// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures for the options of a level's choices (<option picture="glue">),
// drawn in their chips so a child who cannot read yet sees what each one is:
// a tube of glue, a screw, a pickaxe, a clean drop of water, an old phone.
// The names are content/LevelLoader's choicePictureNames().
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <functional>
#include <string>

namespace mobi {

using ChoicePicture = std::function<void(sf::RenderTarget&, const sf::FloatRect&)>;

// The drawing for `name`, filling a square; empty for a name it does not know.
ChoicePicture choicePicture(const std::string& name);

} // namespace mobi
