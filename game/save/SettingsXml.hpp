// SPDX-License-Identifier: GPL-3.0-or-later
// settings.xml: the Settings of this computer, as one element, e.g.
//   <settings version="1" language="fr" fullscreen="false" textSize="0"
//             font="andika" uppercase="false" music="40" effects="80"
//             lowDetail="false" lastProfile="-1"/>
// Reading is lenient (see SaveXmlFormat.hpp): unknown attributes are ignored,
// bad values keep their default, numbers are clamped to their range.
#pragma once

#include "save/Settings.hpp"

#include <optional>
#include <string>

namespace mobi {

std::string settingsToXml(const Settings& settings);

// Returns nullopt, with the reason in `error`, when the text is not a
// settings file this game can trust (not XML, empty, wrong root element,
// missing or unknown version): the caller treats the file as corrupt.
std::optional<Settings> settingsFromXml(const std::string& text, std::string& error);

} // namespace mobi
