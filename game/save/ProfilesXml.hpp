// SPDX-License-Identifier: GPL-3.0-or-later
// profiles.xml: the eight profile slots and each player's progress, e.g.
//   <profiles version="1">
//     <profile slot="0" name="Léa" age="6-8" colour="3">
//       <level id="mine" done="true" digit="5"/>
//     </profile>
//   </profiles>
// Reading is lenient (see SaveXmlFormat.hpp): unknown attributes and elements
// are ignored, names are sanitised again, values are clamped, and a profile
// with a missing, out-of-range or repeated slot is skipped (the first one of
// a slot wins).
#pragma once

#include "save/Profile.hpp"

#include <optional>
#include <string>

namespace mobi {

std::string profilesToXml(const ProfileBook& book);

// Returns nullopt, with the reason in `error`, when the text is not a
// profiles file this game can trust (not XML, empty, wrong root element,
// missing or unknown version): the caller treats the file as corrupt.
std::optional<ProfileBook> profilesFromXml(const std::string& text, std::string& error);

} // namespace mobi
