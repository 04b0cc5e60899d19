// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/QuizLoader.hpp"

#include "content/XmlNode.hpp"
#include "core/NumberFormat.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace mobi {
namespace {

class Checker {
public:
    explicit Checker(const QuizCheckContext& c) : m_check(c) {}

    std::string text(const XmlNode& n, const char* attr) const {
        std::string id = n.requireString(attr);
        if (!id.empty() && m_check.strings && !m_check.strings->find(id))
            n.error(std::string("<") + n.name() + "> attribute \"" + attr +
                    "\": expected a string id of locale/fr.xml, found \"" + id + "\", which is not there");
        return id;
    }
    std::string fact(const XmlNode& n) const {
        std::string id = n.requireString("fact");
        if (id.empty() || !m_check.facts) return id;
        const Fact* f = m_check.facts->find(id);
        if (!f)
            n.error("<question> attribute \"fact\": expected a fact id of levels/facts.xml, found \"" + id +
                    "\", which is not there");
        else if (f->tag == 'U')
            n.error("<question> attribute \"fact\": expected a verified fact (V or S), found \"" + id +
                    "\", tagged U (unverified facts are never shown)");
        return id;
    }

private:
    const QuizCheckContext& m_check;
};

bool isPlainId(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

void readAges(const XmlNode& n, QuizQuestion& q) {
    std::istringstream words(n.requireString("ages"));
    for (std::string w; words >> w;) {
        if (w == "young")
            q.young = true;
        else if (w == "older")
            q.older = true;
        else
            n.error("<question> attribute \"ages\": expected \"young\", \"older\" or both, found \"" + w +
                    "\"");
    }
}

// An order question's items in the right order. Items inside an <either> may
// come in any order among themselves: they share the rank of the first.
void readOrderItems(const XmlNode& n, const Checker& c, QuizQuestion& q) {
    int groups = 0;
    for (const XmlNode& child : n.children()) {
        const int rank = static_cast<int>(q.items.size());
        if (std::string(child.name()) == "item") {
            child.allowOnly({"text"}, {});
            q.items.push_back(c.text(child, "text"));
            q.itemRank.push_back(rank);
            continue;
        }
        if (std::string(child.name()) != "either") continue; // reported by allowOnly
        child.allowOnly({}, {"item"});
        const auto inside = child.children("item");
        if (inside.size() < 2)
            child.error("<either>: expected 2 or more <item> that may come in either order, found " +
                        std::to_string(inside.size()));
        for (const XmlNode& item : inside) {
            item.allowOnly({"text"}, {});
            q.items.push_back(c.text(item, "text"));
            q.itemRank.push_back(rank);
        }
        ++groups;
    }
    if (q.items.size() < 3 || q.items.size() > 6)
        n.error("<question id=\"" + q.id + "\">: expected 3 to 6 items, found " +
                std::to_string(q.items.size()));
    else if (groups > 0 && q.eitherGroups().size() == 1 && q.eitherGroups()[0].first == 0 &&
             q.eitherGroups()[0].second == static_cast<int>(q.items.size()) - 1)
        n.error("<question id=\"" + q.id +
                "\">: expected some items outside <either>, found every item in one (any order would be "
                "right)");
}

QuizQuestion readQuestion(const XmlNode& n, const Checker& c) {
    QuizQuestion q;
    q.line = n.line();
    const std::string type = n.requireChoice("type", {"choice", "truefalse", "order", "estimate"});
    if (type == "estimate")
        n.allowOnly({"id", "type", "ages", "fact", "text", "explain", "min", "max", "step", "answer",
                     "answerMin", "answerMax", "acceptMin", "acceptMax", "unit"},
                    {});
    else if (type == "truefalse")
        n.allowOnly({"id", "type", "ages", "fact", "text", "explain", "answer"}, {});
    else if (type == "order")
        n.allowOnly({"id", "type", "ages", "fact", "text", "explain"}, {"item", "either"});
    else
        n.allowOnly({"id", "type", "ages", "fact", "text", "explain", "keepOrder"}, {"answer"});
    q.id = n.requireString("id");
    if (!q.id.empty() && !isPlainId(q.id))
        n.error("<question> attribute \"id\": expected lower-case letters, digits and _, found \"" + q.id +
                "\"");
    readAges(n, q);
    q.factId = c.fact(n);
    q.textId = c.text(n, "text");
    q.explainId = c.text(n, "explain");

    if (type == "choice") {
        q.type = QuizQuestion::Type::Choice;
        q.keepOrder = n.optBool("keepOrder", false);
        for (const XmlNode& a : n.children("answer")) {
            a.allowOnly({"text", "picture", "correct"}, {});
            QuizAnswer answer{c.text(a, "text"), a.optString("picture", ""), a.optBool("correct", false)};
            const auto& pictures = quizPictures();
            if (!answer.picture.empty() &&
                std::find(pictures.begin(), pictures.end(), answer.picture) == pictures.end())
                a.error("<answer> attribute \"picture\": expected a picture the game draws, found \"" +
                        answer.picture + "\"");
            q.answers.push_back(answer);
        }
        if (q.answers.size() < 2 || q.answers.size() > 4)
            n.error("<question id=\"" + q.id + "\">: expected 2 to 4 answers, found " +
                    std::to_string(q.answers.size()));
        const auto correct =
            std::count_if(q.answers.begin(), q.answers.end(), [](const QuizAnswer& a) { return a.correct; });
        if (correct != 1)
            n.error("<question id=\"" + q.id + "\">: expected exactly one correct answer, found " +
                    std::to_string(correct));
        const auto pictures = std::count_if(q.answers.begin(), q.answers.end(),
                                            [](const QuizAnswer& a) { return !a.picture.empty(); });
        if (pictures != 0 && pictures != static_cast<long>(q.answers.size()))
            n.error("<question id=\"" + q.id + "\">: expected a picture on every answer or on none, found " +
                    std::to_string(pictures) + " of " + std::to_string(q.answers.size()));
    } else if (type == "truefalse") {
        q.type = QuizQuestion::Type::TrueFalse;
        q.truth = n.requireChoice("answer", {"true", "false"}) == "true";
    } else if (type == "order") {
        q.type = QuizQuestion::Type::Order;
        readOrderItems(n, c, q);
    } else if (type == "estimate") {
        q.type = QuizQuestion::Type::Estimate;
        q.min = static_cast<float>(n.requireNumber("min", -1e9, 1e9));
        q.max = static_cast<float>(n.requireNumber("max", -1e9, 1e9));
        q.step = static_cast<float>(n.requireNumber("step", 1e-6, 1e9));
        // One figure ("answer") or the range the sources give ("answerMin", "answerMax").
        const bool range = n.has("answerMin") || n.has("answerMax");
        if (range && n.has("answer"))
            n.error("<question id=\"" + q.id +
                    "\">: expected either \"answer\" (one figure) or \"answerMin\" and \"answerMax\" (a "
                    "range), found both");
        if (range) {
            q.answerMin = static_cast<float>(n.requireNumber("answerMin", -1e9, 1e9));
            q.answerMax = static_cast<float>(n.requireNumber("answerMax", -1e9, 1e9));
            q.answer = (q.answerMin + q.answerMax) / 2.f;
        } else {
            q.answer = static_cast<float>(n.requireNumber("answer", -1e9, 1e9));
            q.answerMin = q.answerMax = q.answer;
        }
        q.acceptMin = static_cast<float>(n.requireNumber("acceptMin", -1e9, 1e9));
        q.acceptMax = static_cast<float>(n.requireNumber("acceptMax", -1e9, 1e9));
        q.unitId = c.text(n, "unit");
        if (range && !(q.answerMin < q.answerMax))
            n.error("<question id=\"" + q.id + "\">: expected answerMin < answerMax, found " +
                    formatNumber(q.answerMin) + " and " + formatNumber(q.answerMax));
        else if (!(q.min < q.max && q.min <= q.acceptMin && q.acceptMin <= q.answerMin &&
                   q.answerMax <= q.acceptMax && q.acceptMax <= q.max))
            n.error("<question id=\"" + q.id + "\">: expected min <= acceptMin <= " +
                    (range ? "answerMin < answerMax" : "answer") + " <= acceptMax <= max and min < max");
        else if ((q.max - q.min) / q.step > 1000.f)
            n.error("<question id=\"" + q.id + "\">: expected at most 1000 steps on the slider, found " +
                    std::to_string(std::llround((double(q.max) - q.min) / q.step))); // may exceed int
    }
    return q;
}

} // namespace

const std::vector<std::string>& quizPictures() {
    static const std::vector<std::string> pictures = {
        "extraction", "production", "transport", "use",    "endoflife",   "recovery",       "plane",
        "ship",       "train",      "truck",     "bike",   "glass_small", "glass",          "bottle",
        "bucket",     "phone",      "battery",   "screen", "bin",         "collection_box", "drawer",
        "video",      "message",    "photo",     "wifi",   "antenna",     "repair",         "gold",
        "rock",       "teaspoon",   "tub"};
    return pictures;
}

std::filesystem::path quizFile(const std::filesystem::path& dataDir, int number, const std::string& levelId) {
    return dataDir / "levels" / "quizzes" /
           ((number < 10 ? "0" : "") + std::to_string(number) + "_" + levelId + ".xml");
}

Quiz loadQuiz(const std::string& text, const std::string& name, const QuizCheckContext& check,
              ErrorList& errors) {
    Quiz quiz;
    quiz.file = name;
    auto doc = XmlDocument::parse(text, name, errors);
    if (!doc) return quiz;
    auto root = doc->root("quiz", errors);
    if (!root) return quiz;
    root->allowOnly({"level", "version", "classVote"}, {"question"});
    quiz.level = root->requireString("level");
    root->requireInt("version", 1, 1);
    const Checker c(check);
    std::set<std::string> ids;
    for (const XmlNode& q : root->children("question")) {
        quiz.questions.push_back(readQuestion(q, c));
        if (!quiz.questions.back().id.empty() && !ids.insert(quiz.questions.back().id).second)
            q.error("<question>: expected each id once, found \"" + quiz.questions.back().id + "\" again");
    }
    if (quiz.questions.empty()) root->error("<quiz>: expected questions, found none");
    quiz.classVoteId = root->optString("classVote", "");
    if (!quiz.classVoteId.empty()) {
        // A class plays with the 6–8 cards, and votes by raising hands: A, B, C or true/false.
        const QuizQuestion* vote = quiz.question(quiz.classVoteId);
        using T = QuizQuestion::Type;
        if (!vote)
            root->error("<quiz> attribute \"classVote\": expected the id of one of its questions, found \"" +
                        quiz.classVoteId + "\"");
        else if (!vote->young || (vote->type != T::Choice && vote->type != T::TrueFalse))
            root->error("<quiz> attribute \"classVote\": expected a choice or true/false question for ages "
                        "6–8 (a class votes by hand on the young cards), found \"" +
                        quiz.classVoteId + "\"");
    }
    return quiz;
}

Quiz loadQuizFile(const std::string& path, const QuizCheckContext& check, ErrorList& errors) {
    auto text = readTextFile(path);
    if (!text) {
        errors.add(path, 0, "cannot open the quiz file (is it missing?)");
        return {};
    }
    return loadQuiz(*text, path, check, errors);
}

} // namespace mobi
