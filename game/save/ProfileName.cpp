// SPDX-License-Identifier: GPL-3.0-or-later
#include "save/ProfileName.hpp"

#include "core/Unicode.hpp"
#include "save/Profile.hpp"

namespace mobi {

namespace {

// Characters that separate words. Checked before isInvisibleOrControl, which
// also matches tab and new line: "Léa\tMarie" should read "Léa Marie", not
// "LéaMarie".
bool isSpace(char32_t c) {
    switch (c) {
    case U' ':
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case 0x85:   // next line
    case 0xA0:   // no-break space
    case 0x1680: // ogham space mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x202F: // narrow no-break space (French typography before ! ? :)
    case 0x205F: // medium mathematical space
    case 0x3000: // ideographic space
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A; // en quad … hair space
    }
}

bool isPathCharacter(char32_t c) {
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
        return true;
    default:
        return false;
    }
}

// Dropped on top of isInvisibleOrControl: a soft hyphen is invisible in most
// fonts, so two names could look the same and differ.
bool isDropped(char32_t c) { return isInvisibleOrControl(c) || isPathCharacter(c) || c == 0xAD; }

} // namespace

std::string sanitizeProfileName(const std::string& raw) {
    // decodeUtf8 turns every invalid byte into U+FFFD, which isInvisibleOrControl
    // matches, so broken UTF-8 is dropped here without losing the letters around it.
    const std::u32string in = decodeUtf8(raw);
    std::u32string out;
    bool pendingSpace = false;
    for (char32_t c : in) {
        if (isSpace(c)) {
            pendingSpace = !out.empty(); // no leading space; a run counts once
            continue;
        }
        if (isDropped(c)) continue;
        if (pendingSpace) {
            if (out.size() + 1 >= kMaxNameLetters) break; // no trailing space at the cut
            out.push_back(U' ');
            pendingSpace = false;
        }
        if (out.size() >= kMaxNameLetters) break;
        out.push_back(c);
    }
    return encodeUtf8(out);
}

} // namespace mobi
