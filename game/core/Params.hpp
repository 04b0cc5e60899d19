// SPDX-License-Identifier: GPL-3.0-or-later
// Tunable numbers of a level. Each is declared once, in the level's Rules,
// with its default, its range and its unit; a level file may set a value,
// which the loader checks against the range (Box2D FAQ: tune in data, in
// metres, kilograms and seconds).
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace mobi {

struct ParamSpec {
    std::string name;
    float defaultValue;
    float min, max;
    const char* unit; // "s", "m", "kg", "count"…, for error messages and readers of the code
};

class Params {
public:
    Params() = default;
    explicit Params(const std::vector<ParamSpec>& specs) {
        for (const auto& s : specs)
            m_values[s.name] = s.defaultValue;
    }
    // Value of a declared parameter. An undeclared name is a mistake in the
    // rules, never a silent 0: it throws, and every level's tests see it.
    float get(const std::string& name) const {
        auto it = m_values.find(name);
        if (it == m_values.end()) throw std::out_of_range("no parameter \"" + name + "\" is declared");
        return it->second;
    }
    int count(const std::string& name) const { return static_cast<int>(get(name) + 0.5f); }
    // A count with one value for 6–8 and one for 9–12: "goal" reads goalYoung or goalOlder.
    int banded(const std::string& name, bool young) const {
        return count(name + (young ? "Young" : "Older"));
    }
    void set(const std::string& name, float value) { m_values[name] = value; }
    bool has(const std::string& name) const { return m_values.count(name) > 0; }

private:
    std::map<std::string, float> m_values;
};

} // namespace mobi
