// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/LevelLoader.hpp"

#include "content/XmlNode.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <sstream>

namespace mobi {

const std::vector<std::string>& choicePictureNames() {
    static const std::vector<std::string> names = {"glue", "screws", "mine.classic", "mine.responsible",
                                                   "mine.urban"};
    return names;
}
namespace {

constexpr float kWorldLimit = 1000.f; // metres: anything farther is a typo

// Checks the ids a level refers to as it reads them.
class Reader {
public:
    Reader(const LevelCheckContext& check) : m_check(check) {}

    std::string stringId(const XmlNode& n, const char* attr, bool required = true) const {
        std::string id = required ? n.requireString(attr) : n.optString(attr, "");
        if (!id.empty() && m_check.strings && !m_check.strings->find(id))
            n.error(std::string("<") + n.name() + "> attribute \"" + attr +
                    "\": expected a string id of locale/fr.xml, found \"" + id + "\", which is not there");
        return id;
    }

    std::string factId(const XmlNode& n, const char* attr, bool required = true) const {
        std::string id = required ? n.requireString(attr) : n.optString(attr, "");
        if (id.empty() || !m_check.facts) return id;
        const Fact* f = m_check.facts->find(id);
        if (!f)
            n.error(std::string("<") + n.name() + "> attribute \"" + attr +
                    "\": expected a fact id of levels/facts.xml, found \"" + id + "\", which is not there");
        else if (f->tag == 'U')
            n.error(std::string("<") + n.name() + "> attribute \"" + attr +
                    "\": expected a verified fact, found \"" + id +
                    "\", tagged U (unverified facts are never shown)");
        return id;
    }

    // A param name and value, checked against the declared specs.
    void param(const XmlNode& n, const char* nameAttr, std::map<std::string, float>& into) const {
        const std::string name = n.requireString(nameAttr);
        const ParamSpec* spec = nullptr;
        if (m_check.params)
            for (const auto& s : *m_check.params)
                if (s.name == name) spec = &s;
        if (!spec) {
            std::string known;
            if (m_check.params)
                for (const auto& s : *m_check.params)
                    known += (known.empty() ? "" : ", ") + s.name;
            n.error("<" + std::string(n.name()) + "> attribute \"" + nameAttr +
                    "\": expected a parameter of this level (" + (known.empty() ? "none declared" : known) +
                    "), found \"" + name + "\"");
            return;
        }
        into[name] = static_cast<float>(n.requireNumber("value", spec->min, spec->max));
    }

private:
    const LevelCheckContext& m_check;
};

std::vector<Vec2f> parsePoints(const XmlNode& n, std::size_t minCount, std::size_t maxCount) {
    std::vector<Vec2f> points;
    std::istringstream in(n.requireString("points"));
    for (std::string pair; in >> pair;) {
        const auto comma = pair.find(',');
        Vec2f p;
        const char* s = pair.data();
        const char* end = s + pair.size();
        bool ok = comma != std::string::npos;
        if (ok) {
            auto rx = std::from_chars(s, s + comma, p.x);
            auto ry = std::from_chars(s + comma + 1, end, p.y);
            ok = rx.ec == std::errc() && rx.ptr == s + comma && ry.ec == std::errc() && ry.ptr == end;
        }
        if (!ok) {
            n.error(std::string("<") + n.name() +
                    "> attribute \"points\": expected pairs written x,y separated by "
                    "spaces, found \"" +
                    pair + "\"");
            return {};
        }
        points.push_back(p);
    }
    if (points.size() < minCount || points.size() > maxCount)
        n.error(std::string("<") + n.name() + "> attribute \"points\": expected " + std::to_string(minCount) +
                " to " + std::to_string(maxCount) + " points, found " + std::to_string(points.size()));
    return points;
}

// Box2D stops the game with an assertion on a polygon without area (points
// on one line, or on top of each other): say so at load time instead.
constexpr float kLinearSlop = 0.005f; // Box2D's b2_linearSlop, metres

float cross(Vec2f o, Vec2f a, Vec2f b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

void checkPolygon(const XmlNode& n, std::vector<Vec2f> pts) {
    if (pts.size() < 3) return; // reported by parsePoints
    // The convex hull (monotone chain): Box2D keeps only the hull.
    std::sort(pts.begin(), pts.end(), [](Vec2f a, Vec2f b) { return a.x != b.x ? a.x < b.x : a.y < b.y; });
    std::vector<Vec2f> hull;
    for (int pass = 0; pass < 2; ++pass) {
        const std::size_t start = hull.size();
        for (const Vec2f& p : pts) {
            while (hull.size() >= start + 2 && cross(hull[hull.size() - 2], hull.back(), p) <= 0.f)
                hull.pop_back();
            hull.push_back(p);
        }
        hull.pop_back();
        std::reverse(pts.begin(), pts.end());
    }
    float area = 0.f;
    for (std::size_t i = 0; i < hull.size(); ++i)
        area += cross({0.f, 0.f}, hull[i], hull[(i + 1) % hull.size()]);
    bool apart = hull.size() >= 3;
    for (std::size_t i = 0; apart && i < hull.size(); ++i) {
        const Vec2f a = hull[i], b = hull[(i + 1) % hull.size()];
        apart = std::hypot(a.x - b.x, a.y - b.y) > kLinearSlop * 2.f;
    }
    if (!apart || area / 2.f < 1e-4f)
        n.error("<polygon> attribute \"points\": expected the corners of a shape with an area, found points "
                "that lie on one line or on top of each other");
}

void checkChain(const XmlNode& n, const std::vector<Vec2f>& pts, bool loop) {
    for (std::size_t i = 0; i + 1 < pts.size() + (loop ? 1 : 0); ++i) {
        const Vec2f a = pts[i], b = pts[(i + 1) % pts.size()];
        if (std::hypot(a.x - b.x, a.y - b.y) <= kLinearSlop) {
            n.error("<chain> attribute \"points\": expected each point apart from the next, found two at (" +
                    std::to_string(a.x) + ", " + std::to_string(a.y) + ")");
            return;
        }
    }
}

std::uint32_t readColour(const XmlNode& n, const char* attr, std::uint32_t fallback) {
    const std::string v = n.optString(attr, "");
    if (v.empty()) return fallback;
    std::uint32_t c = 0;
    const bool hex = v.size() == 7 || v.size() == 9;
    auto r = std::from_chars(v.data() + 1, v.data() + v.size(), c, 16);
    if (!hex || v[0] != '#' || r.ec != std::errc() || r.ptr != v.data() + v.size()) {
        n.error("<" + std::string(n.name()) + "> attribute \"" + attr +
                "\": expected a colour written #RRGGBB or #RRGGBBAA, found \"" + v + "\"");
        return fallback;
    }
    return v.size() == 7 ? (c << 8) | 0xFFu : c;
}

StyleData readStyle(const XmlNode& n) {
    n.allowOnly({"name", "fill", "outline", "width", "sides", "halo", "haloWidth"}, {});
    StyleData s;
    s.line = n.line();
    s.name = n.requireString("name");
    s.fill = readColour(n, "fill", s.fill);
    s.outline = readColour(n, "outline", s.outline);
    s.outlineWidth = static_cast<float>(n.optNumber("width", 3, 0, 20));
    s.sides = n.optInt("sides", 0, 0, 8);
    s.halo = readColour(n, "halo", 0u);
    s.haloWidth = static_cast<float>(n.optNumber("haloWidth", s.halo ? 8 : 0, 0, 30));
    if (s.sides == 1 || s.sides == 2)
        n.error("<style> attribute \"sides\": expected 0 (as shaped) or 3 to 8, found " +
                std::to_string(s.sides));
    return s;
}

ZoneData readZone(const XmlNode& n) {
    n.allowOnly({"name", "x", "y", "w", "h", "phase", "style"}, {});
    ZoneData z;
    z.line = n.line();
    z.name = n.requireString("name");
    z.x = static_cast<float>(n.requireNumber("x", -kWorldLimit, kWorldLimit));
    z.y = static_cast<float>(n.requireNumber("y", -kWorldLimit, kWorldLimit));
    z.w = static_cast<float>(n.requireNumber("w", 0.01, 1000));
    z.h = static_cast<float>(n.requireNumber("h", 0.01, 1000));
    z.phase = n.optString("phase", "");
    z.style = n.optString("style", "");
    return z;
}

ShapeData readShape(const XmlNode& n) {
    ShapeData s;
    s.line = n.line();
    const std::string kind = n.name();
    if (kind == "box") {
        n.allowOnly({"x", "y", "angle", "density", "friction", "restitution", "sensor", "tag", "w", "h"}, {});
        s.kind = ShapeData::Kind::Box;
        s.w = static_cast<float>(n.requireNumber("w", 0.01, 100));
        s.h = static_cast<float>(n.requireNumber("h", 0.01, 100));
    } else if (kind == "circle") {
        n.allowOnly({"x", "y", "angle", "density", "friction", "restitution", "sensor", "tag", "r"}, {});
        s.kind = ShapeData::Kind::Circle;
        s.radius = static_cast<float>(n.requireNumber("r", 0.01, 50));
    } else if (kind == "polygon") {
        n.allowOnly({"x", "y", "angle", "density", "friction", "restitution", "sensor", "tag", "points"}, {});
        s.kind = ShapeData::Kind::Polygon;
        s.points = parsePoints(n, 3, 8);
        checkPolygon(n, s.points);
    } else { // chain
        n.allowOnly(
            {"x", "y", "angle", "density", "friction", "restitution", "sensor", "tag", "points", "loop"}, {});
        s.kind = ShapeData::Kind::Chain;
        s.points = parsePoints(n, 2, 64);
        s.loop = n.optBool("loop", false);
        checkChain(n, s.points, s.loop);
    }
    s.x = static_cast<float>(n.optNumber("x", 0, -kWorldLimit, kWorldLimit));
    s.y = static_cast<float>(n.optNumber("y", 0, -kWorldLimit, kWorldLimit));
    s.angle = static_cast<float>(n.optNumber("angle", 0, -360, 360));
    s.density = static_cast<float>(n.optNumber("density", 1, 0, 1000));
    s.friction = static_cast<float>(n.optNumber("friction", 0.4, 0, 10));
    s.restitution = static_cast<float>(n.optNumber("restitution", 0.1, 0, 1));
    s.sensor = n.optBool("sensor", false);
    s.tag = n.optString("tag", "");
    return s;
}

BodyData readBody(const XmlNode& n) {
    n.allowOnly({"name", "type", "x", "y", "angle", "linearDamping", "angularDamping", "fixedRotation",
                 "grabbable", "kind", "style", "phase"},
                {"box", "circle", "polygon", "chain"});
    BodyData b;
    b.line = n.line();
    b.name = n.requireString("name");
    const std::string type = n.requireChoice("type", {"static", "dynamic", "kinematic"});
    b.type = type == "dynamic"     ? BodyData::Type::Dynamic
             : type == "kinematic" ? BodyData::Type::Kinematic
                                   : BodyData::Type::Static;
    b.x = static_cast<float>(n.optNumber("x", 0, -kWorldLimit, kWorldLimit));
    b.y = static_cast<float>(n.optNumber("y", 0, -kWorldLimit, kWorldLimit));
    b.angle = static_cast<float>(n.optNumber("angle", 0, -360, 360));
    b.linearDamping = static_cast<float>(n.optNumber("linearDamping", 0, 0, 100));
    b.angularDamping = static_cast<float>(n.optNumber("angularDamping", 0, 0, 100));
    b.fixedRotation = n.optBool("fixedRotation", false);
    b.grabbable = n.optBool("grabbable", false);
    b.kind = n.optString("kind", "");
    b.style = n.optString("style", "");
    b.phase = n.optString("phase", "");
    for (const XmlNode& s : n.children()) {
        const std::string kind = s.name();
        if (kind == "box" || kind == "circle" || kind == "polygon" || kind == "chain")
            b.shapes.push_back(readShape(s));
    }
    if (b.shapes.empty()) n.error("<body name=\"" + b.name + "\">: expected at least one shape, found none");
    return b;
}

JointData readJoint(const XmlNode& n, const std::set<std::string>& bodies) {
    JointData j;
    j.line = n.line();
    const std::string kind = n.name();
    if (kind == "revolute") {
        n.allowOnly({"name", "a", "b", "x", "y", "limit", "lower", "upper", "motor", "speed", "maxTorque"},
                    {});
        j.kind = JointData::Kind::Revolute;
        j.lower = static_cast<float>(n.optNumber("lower", 0, -360, 360));
        j.upper = static_cast<float>(n.optNumber("upper", 0, -360, 360));
        j.motorSpeed = static_cast<float>(n.optNumber("speed", 0, -3600, 3600));
        j.maxMotor = static_cast<float>(n.optNumber("maxTorque", 0, 0, 1e7));
    } else if (kind == "prismatic") {
        n.allowOnly({"name", "a", "b", "x", "y", "axisX", "axisY", "limit", "lower", "upper", "motor",
                     "speed", "maxForce"},
                    {});
        j.kind = JointData::Kind::Prismatic;
        j.axisX = static_cast<float>(n.optNumber("axisX", 1, -1, 1));
        j.axisY = static_cast<float>(n.optNumber("axisY", 0, -1, 1));
        j.lower = static_cast<float>(n.optNumber("lower", 0, -kWorldLimit, kWorldLimit));
        j.upper = static_cast<float>(n.optNumber("upper", 0, -kWorldLimit, kWorldLimit));
        j.motorSpeed = static_cast<float>(n.optNumber("speed", 0, -100, 100));
        j.maxMotor = static_cast<float>(n.optNumber("maxForce", 0, 0, 1e7));
    } else {
        n.allowOnly({"name", "a", "b", "x", "y"}, {});
        j.kind = JointData::Kind::Weld;
    }
    j.name = n.requireString("name");
    j.bodyA = n.requireString("a");
    j.bodyB = n.requireString("b");
    j.x = static_cast<float>(n.optNumber("x", 0, -kWorldLimit, kWorldLimit));
    j.y = static_cast<float>(n.optNumber("y", 0, -kWorldLimit, kWorldLimit));
    j.limit = n.optBool("limit", false);
    j.motor = n.optBool("motor", false);
    for (const std::string* body : {&j.bodyA, &j.bodyB})
        if (!body->empty() && !bodies.count(*body))
            n.error("<" + kind + " name=\"" + j.name + "\">: expected a body of this level, found \"" +
                    *body + "\", which is not there");
    if (!j.bodyA.empty() && j.bodyA == j.bodyB) // Box2D asserts on a joint from a body to itself
        n.error("<" + kind + " name=\"" + j.name + "\">: expected two different bodies in a and b, found \"" +
                j.bodyA + "\" twice");
    if (j.limit && j.lower > j.upper)
        n.error("<" + kind + " name=\"" + j.name + "\">: expected lower <= upper, found lower " +
                std::to_string(j.lower) + " and upper " + std::to_string(j.upper));
    return j;
}

void readChoice(const XmlNode& n, const Reader& r, LevelData& level) {
    n.allowOnly({"name", "title", "keep"}, {"option"});
    LevelChoice choice;
    choice.name = n.requireString("name");
    choice.keep = n.optBool("keep", false);
    choice.titleId = r.stringId(n, "title");
    for (const XmlNode& o : n.children("option")) {
        o.allowOnly({"id", "label", "detail", "requires", "picture"}, {"set"});
        LevelChoiceOption option;
        option.line = o.line();
        option.id = o.requireString("id");
        option.labelId = r.stringId(o, "label");
        option.detailId = r.stringId(o, "detail");
        option.requiresLevel = o.optString("requires", "");
        option.picture = o.optString("picture", "");
        const auto& pictures = choicePictureNames();
        if (!option.picture.empty() &&
            std::find(pictures.begin(), pictures.end(), option.picture) == pictures.end()) {
            std::string known;
            for (const std::string& p : pictures)
                known += (known.empty() ? "" : ", ") + p;
            o.error("<option picture>: expected one of " + known + ", found \"" + option.picture + "\"");
        }
        for (const XmlNode& s : o.children("set")) {
            s.allowOnly({"param", "value"}, {});
            r.param(s, "param", option.params);
        }
        choice.options.push_back(option);
    }
    if (choice.options.empty())
        n.error("<choice name=\"" + choice.name + "\">: expected options, found none");
    level.choices.push_back(choice);
}

void readWorld(const XmlNode& world, LevelData& level) {
    world.allowOnly({"gravity", "width", "height"},
                    {"body", "template", "zone", "phase", "style", "revolute", "weld", "prismatic"});
    level.gravityY = static_cast<float>(world.optNumber("gravity", -9.8, -50, 50));
    level.worldWidth = static_cast<float>(world.optNumber("width", 32, 1, kWorldLimit));
    level.worldHeight =
        static_cast<float>(world.optNumber("height", level.worldWidth * 9.0 / 16.0, 1, kWorldLimit));
    std::set<std::string> names;
    auto once = [](std::set<std::string>& seen, const XmlNode& n, const std::string& name, const char* what) {
        if (!seen.insert(name).second)
            n.error(std::string("<") + what + ">: expected each name once, found \"" + name + "\" again");
    };
    std::set<std::string> templates, zones, phases, styles;
    for (const XmlNode& n : world.children()) {
        const std::string kind = n.name();
        if (kind == "body") {
            level.bodies.push_back(readBody(n));
            once(names, n, level.bodies.back().name, "body");
        } else if (kind == "template") {
            level.templates.push_back(readBody(n));
            once(templates, n, level.templates.back().name, "template");
        } else if (kind == "zone") {
            level.zones.push_back(readZone(n));
            once(zones, n, level.zones.back().name, "zone");
        } else if (kind == "phase") {
            n.allowOnly({"name", "gravity"}, {});
            PhaseData phase; // (braces would put the line into its world width)
            phase.name = n.requireString("name");
            phase.gravityY = static_cast<float>(n.optNumber("gravity", level.gravityY, -50, 50));
            phase.line = n.line();
            level.phases.push_back(phase);
            once(phases, n, level.phases.back().name, "phase");
        } else if (kind == "style") {
            level.styles.push_back(readStyle(n));
            once(styles, n, level.styles.back().name, "style");
        }
    }
    for (const XmlNode& j : world.children()) {
        const std::string kind = j.name();
        if (kind == "revolute" || kind == "weld" || kind == "prismatic")
            level.joints.push_back(readJoint(j, names));
    }
}

// What bodies, zones and templates refer to must exist; what the rules use must be there.
void checkWorld(const XmlNode& world, const LevelData& level, const LevelNeeds* needs) {
    auto refer = [&](int line, const std::string& what, const std::string& name, const char* attr,
                     const std::string& value, bool exists, const char* expected) {
        if (value.empty() || exists) return;
        world.errorAt(line, "<" + what + " name=\"" + name + "\"> attribute \"" + attr + "\": expected " +
                                expected + ", found \"" + value + "\", which is not there");
    };
    auto checkBody = [&](const BodyData& b, const char* what) {
        refer(b.line, what, b.name, "style", b.style, level.style(b.style) != nullptr,
              "a <style> of this level");
        refer(b.line, what, b.name, "phase", b.phase, LevelData::named(level.phases, b.phase) != nullptr,
              "a <phase> of this level");
    };
    for (const BodyData& b : level.bodies)
        checkBody(b, "body");
    for (const BodyData& t : level.templates) {
        checkBody(t, "template");
        if (t.type != BodyData::Type::Dynamic)
            world.errorAt(t.line, "<template name=\"" + t.name +
                                      "\">: expected type=\"dynamic\" (things spawned "
                                      "in play move), found another type");
    }
    for (const ZoneData& z : level.zones) {
        refer(z.line, "zone", z.name, "style", z.style, level.style(z.style) != nullptr,
              "a <style> of this level");
        refer(z.line, "zone", z.name, "phase", z.phase, LevelData::named(level.phases, z.phase) != nullptr,
              "a <phase> of this level");
        if (level.body(z.name))
            world.errorAt(z.line,
                          "<zone name=\"" + z.name + "\">: expected a name no body has, found a body's");
    }
    if (!needs) return;
    auto need = [&](const std::vector<std::string>& names, const char* what, auto has) {
        for (const std::string& n : names)
            if (!has(n))
                world.error(std::string("<world>: expected a <") + what + " name=\"" + n +
                            "\">, which this level's rules use, found none");
    };
    need(needs->bodies, "body", [&](const std::string& n) { return level.body(n) != nullptr; });
    need(needs->zones, "zone", [&](const std::string& n) { return level.zone(n) != nullptr; });
    need(needs->templates, "template",
         [&](const std::string& n) { return level.bodyTemplate(n) != nullptr; });
    need(needs->phases, "phase",
         [&](const std::string& n) { return LevelData::named(level.phases, n) != nullptr; });
    need(needs->joints, "joint", [&](const std::string& n) {
        return std::any_of(level.joints.begin(), level.joints.end(),
                           [&](const JointData& j) { return j.name == n; });
    });
}

} // namespace

bool knownChoice(const LevelData& level, const std::string& name, const std::string& value,
                 std::string& why) {
    for (const LevelChoice& c : level.choices)
        if (c.name == name) {
            std::string options;
            for (const LevelChoiceOption& o : c.options) {
                if (o.id == value) return true;
                options += (options.empty() ? "" : ", ") + o.id;
            }
            why = "expected one of " + options + " for the choice \"" + name + "\", found \"" + value + "\"";
            return false;
        }
    for (const UsedChoice& u : level.uses)
        if (u.name == name) {
            if (std::find(u.values.begin(), u.values.end(), value) != u.values.end()) return true;
            std::string values;
            for (const std::string& v : u.values)
                values += (values.empty() ? "" : ", ") + v;
            why = "expected one of " + values + " for \"" + name + "\", found \"" + value + "\"";
            return false;
        }
    std::string choices;
    for (const LevelChoice& c : level.choices)
        choices += (choices.empty() ? "" : ", ") + c.name;
    for (const UsedChoice& u : level.uses)
        choices += (choices.empty() ? "" : ", ") + u.name;
    why = "expected a choice of level " + level.id + " (" + (choices.empty() ? "none" : choices) +
          "), found \"" + name + "\"";
    return false;
}

LevelData loadLevel(const std::string& text, const std::string& name, const LevelCheckContext& check,
                    ErrorList& errors) {
    LevelData level;
    level.file = name;
    auto doc = XmlDocument::parse(text, name, errors);
    if (!doc) return level;
    auto root = doc->root("level", errors);
    if (!root) return level;
    const Reader r(check);
    root->allowOnly({"id", "number", "stage", "version"},
                    {"panel", "goal", "logbook", "info", "quiz", "end", "params", "choice", "uses",
                     "footprint", "class", "world"});
    level.id = root->requireString("id");
    level.number = root->requireInt("number", 1, 6);
    level.stage = root->requireChoice(
        "stage", {"extraction", "production", "transport", "use", "endoflife", "recovery"});
    root->requireInt("version", 1, 1);

    if (auto panel = root->child("panel")) {
        panel->allowOnly({"title"}, {"message"});
        level.panelTitleId = r.stringId(*panel, "title");
        for (const XmlNode& m : panel->children("message")) {
            m.allowOnly({"text"}, {});
            level.panelMessageIds.push_back(r.stringId(m, "text"));
        }
        if (level.panelMessageIds.size() != 3)
            panel->error("<panel>: expected 3 key messages, found " +
                         std::to_string(level.panelMessageIds.size()));
    } else {
        root->error("<level>: expected a <panel> card, found none");
    }
    if (auto goal = root->child("goal")) {
        goal->allowOnly({"text", "young"}, {});
        level.goalId = r.stringId(*goal, "text");
        level.goalYoungId = r.stringId(*goal, "young");
    } else {
        root->error("<level>: expected a <goal>, found none");
    }
    if (auto logbook = root->child("logbook")) {
        logbook->allowOnly({"fact", "text", "dykFact", "dykText"}, {});
        level.keyFactId = r.factId(*logbook, "fact");
        level.keyTextId = r.stringId(*logbook, "text");
        level.didYouKnowFactId = r.factId(*logbook, "dykFact");
        level.didYouKnowTextId = r.stringId(*logbook, "dykText");
    } else {
        root->error("<level>: expected a <logbook> page, found none");
    }
    if (auto info = root->child("info")) {
        info->allowOnly({"title", "text", "fact", "also"}, {});
        level.infoTitleId = r.stringId(*info, "title");
        level.infoTextId = r.stringId(*info, "text");
        level.infoFactId = r.factId(*info, "fact");
        level.infoAlsoFactId = r.factId(*info, "also", false);
    }
    if (auto end = root->child("end")) {
        end->allowOnly({"won"}, {});
        level.endWonTextId = r.stringId(*end, "won");
    }
    if (auto quiz = root->child("quiz")) {
        quiz->allowOnly({"id"}, {});
        level.quizId = quiz->requireString("id");
    }
    if (auto params = root->child("params")) {
        params->allowOnly({}, {"param"});
        for (const XmlNode& p : params->children("param")) {
            p.allowOnly({"name", "value"}, {});
            r.param(p, "name", level.params);
        }
    }
    for (const XmlNode& c : root->children("choice"))
        readChoice(c, r, level);

    for (const XmlNode& u : root->children("uses")) {
        u.allowOnly({"choice", "values", "default"}, {});
        UsedChoice used;
        used.line = u.line();
        used.name = u.requireString("choice");
        std::istringstream values(u.requireString("values"));
        for (std::string v; values >> v;)
            used.values.push_back(v);
        used.defaultValue = u.requireString("default");
        if (std::find(used.values.begin(), used.values.end(), used.defaultValue) == used.values.end())
            u.error("<uses choice=\"" + used.name + "\">: expected a default among its values, found \"" +
                    used.defaultValue + "\"");
        level.uses.push_back(used);
    }

    if (auto footprint = root->child("footprint")) {
        footprint->allowOnly({"share", "cloud", "fact", "mark"}, {});
        level.footprint.line = footprint->line();
        level.footprint.share = static_cast<float>(footprint->optNumber("share", 0.0, 0.0, 1.0));
        level.footprint.planeCloud = static_cast<float>(footprint->optNumber("cloud", 0.0, 0.0, 100.0));
        if (level.footprint.share <= 0.f && level.footprint.planeCloud <= 0.f)
            footprint->error(
                "<footprint>: expected share=\"0..1\" (a part of the whole life) or "
                "cloud=\"N\" (a plane leg's cloud, in ship or train legs' clouds), found neither");
        level.footprint.factId = r.factId(*footprint, "fact");
        level.footprint.markId = r.stringId(*footprint, "mark");
    }

    if (auto version = root->child("class")) {
        version->allowOnly({"minutes"}, {"set"});
        level.classVersion.line = version->line();
        level.classVersion.minutes = static_cast<float>(version->requireNumber("minutes", 1, 15));
        for (const XmlNode& s : version->children("set")) {
            s.allowOnly({"param", "value"}, {});
            r.param(s, "param", level.classVersion.params);
        }
    }

    if (auto world = root->child("world")) {
        readWorld(*world, level);
        checkWorld(*world, level, check.needs);
    } else {
        root->error("<level>: expected a <world>, found none");
    }
    return level;
}

LevelData loadLevelFile(const std::string& path, const LevelCheckContext& check, ErrorList& errors) {
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the level file (is it missing?)");
        return {};
    }
    return loadLevel(*text, path, check, errors);
}

Params levelParams(const LevelData& level, const std::vector<ParamSpec>& specs,
                   const std::map<std::string, std::string>& chosen, bool classVersion, ErrorList* errors) {
    Params params(specs);
    for (const auto& [name, value] : chosen) {
        std::string why;
        if (!knownChoice(level, name, value, why) && errors) errors->add(level.file, 0, why);
    }
    for (const auto& [name, value] : level.params)
        params.set(name, value);
    for (const auto& choice : level.choices) {
        auto it = chosen.find(choice.name);
        const std::string& pick = it != chosen.end() ? it->second : choice.options.front().id;
        for (const auto& option : choice.options)
            if (option.id == pick)
                for (const auto& [name, value] : option.params)
                    params.set(name, value);
    }
    if (classVersion)
        for (const auto& [name, value] : level.classVersion.params)
            params.set(name, value);
    return params;
}

} // namespace mobi
