// SPDX-License-Identifier: GPL-3.0-or-later
// --check-data: loads every data file the game reads and reports every error
// as file:line, so a teacher editing a level or a translator editing a string
// table learns exactly what to fix before a class sees it.
#pragma once

#include "content/DataError.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mobi {

struct DataCheckReport {
    ErrorList errors;
    std::vector<std::string> warnings; // e.g. texts not translated yet (French is shown instead)
    int filesChecked = 0;
    int questions = 0; // quiz questions found in all stages
};

DataCheckReport checkGameData(const std::filesystem::path& dataDir);

} // namespace mobi
