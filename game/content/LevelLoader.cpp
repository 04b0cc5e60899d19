#include "content/LevelLoader.hpp"

#include "content/XmlNode.hpp"

#include <charconv>
#include <set>
#include <sstream>

namespace mobi {
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
    } else { // chain
        n.allowOnly(
            {"x", "y", "angle", "density", "friction", "restitution", "sensor", "tag", "points", "loop"}, {});
        s.kind = ShapeData::Kind::Chain;
        s.points = parsePoints(n, 2, 64);
        s.loop = n.optBool("loop", false);
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
    n.allowOnly(
        {"name", "type", "x", "y", "angle", "linearDamping", "angularDamping", "fixedRotation", "grabbable"},
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
    n.allowOnly({"name", "title"}, {"option"});
    LevelChoice choice;
    choice.name = n.requireString("name");
    choice.titleId = r.stringId(n, "title");
    for (const XmlNode& o : n.children("option")) {
        o.allowOnly({"id", "label", "detail", "requires"}, {"set"});
        LevelChoiceOption option;
        option.line = o.line();
        option.id = o.requireString("id");
        option.labelId = r.stringId(o, "label");
        option.detailId = r.stringId(o, "detail");
        option.requiresLevel = o.optString("requires", "");
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

} // namespace

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
                    {"panel", "goal", "logbook", "info", "quiz", "params", "choice", "world"});
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
        info->allowOnly({"title", "text", "fact"}, {});
        level.infoTitleId = r.stringId(*info, "title");
        level.infoTextId = r.stringId(*info, "text");
        level.infoFactId = r.factId(*info, "fact");
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

    if (auto world = root->child("world")) {
        world->allowOnly({"gravity"}, {"body", "revolute", "weld", "prismatic"});
        level.gravityY = static_cast<float>(world->optNumber("gravity", -9.8, -50, 50));
        std::set<std::string> names;
        for (const XmlNode& b : world->children("body")) {
            level.bodies.push_back(readBody(b));
            if (!names.insert(level.bodies.back().name).second)
                b.error("<body>: expected each name once, found \"" + level.bodies.back().name + "\" again");
        }
        for (const XmlNode& j : world->children()) {
            const std::string kind = j.name();
            if (kind == "revolute" || kind == "weld" || kind == "prismatic")
                level.joints.push_back(readJoint(j, names));
        }
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
                   const std::map<std::string, std::string>& chosen) {
    Params params(specs);
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
    return params;
}

} // namespace mobi
