// --export-guide DIR: a printable page per stage for teachers, made from the
// same data as the game (panel card, goal, logbook facts with their sources,
// vault digits, the quiz with its answers and explanations), in one language.
// Each page is self-contained HTML: styles inline, no script, no link out.
#pragma once

#include "content/DataError.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mobi {

struct GuideReport {
    std::vector<std::filesystem::path> written;
    ErrorList errors;
};

GuideReport exportTeacherGuide(const std::filesystem::path& dataDir, const std::string& language,
                               const std::filesystem::path& outDir);

// Text made safe for HTML (& < > " ').
std::string escapeHtml(const std::string& text);

} // namespace mobi
