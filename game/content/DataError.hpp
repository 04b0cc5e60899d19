// SPDX-License-Identifier: GPL-3.0-or-later
// Errors found in game data files, each naming the file, the line, what was
// expected and what was found, so a teacher or translator can fix the file
// without reading code.
#pragma once

#include <string>
#include <vector>

namespace mobi {

struct DataError {
    std::string file;
    int line = 0; // 0 when the whole file is at fault (missing, unreadable)
    std::string message;

    // "file:line: message" (or "file: message" when line is 0).
    std::string toString() const;
};

// Loaders append to an ErrorList and carry on where they can, so that
// --check-data reports every mistake at once instead of the first one.
class ErrorList {
public:
    void add(const std::string& file, int line, const std::string& message);
    void append(const ErrorList& other);
    bool empty() const { return m_errors.empty(); }
    std::size_t size() const { return m_errors.size(); }
    const std::vector<DataError>& all() const { return m_errors; }
    // Every error, one per line.
    std::string toString() const;

private:
    std::vector<DataError> m_errors;
};

} // namespace mobi
