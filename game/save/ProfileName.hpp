// SPDX-License-Identifier: GPL-3.0-or-later
// Cleans up the name a child types for a profile. Names are shown on screen
// and stored inside profiles.xml only: they NEVER name a file or a folder
// (slot numbers do), so a name cannot reach outside the user folder whatever
// it contains. Keep it that way.
#pragma once

#include <string>

namespace mobi {

// Returns a name that is safe to show and store:
//  - letters of every script are kept (Arabic, Chinese, Cyrillic, accents,
//    emoji…): a name is the child's own, not an ASCII identifier;
//  - control, invisible and bidi-override characters are dropped, so a name
//    cannot hide, reorder or spoof the text around it on screen;
//  - the path characters / \ : * ? " < > | are dropped as a second line of
//    defence, in case a name is ever printed into a path or a log;
//  - runs of whitespace (tabs, new lines, no-break spaces…) become one space,
//    and the name is trimmed;
//  - the name is cut to kMaxNameLetters code points (not bytes, so a Chinese
//    or emoji name gets as many letters as a Latin one);
//  - invalid UTF-8 bytes are dropped.
// The result may be empty (a name made only of dropped characters); the
// caller decides what to do with an empty name.
std::string sanitizeProfileName(const std::string& raw);

} // namespace mobi
