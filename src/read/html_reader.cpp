// HTML reader: the article's prose through a real HTML5 parser (Gumbo), with a source map.
#include <gumbo.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/text.h"
#include "read/publication_date.h"
#include "read/readers.h"

namespace factlint {

namespace {

bool is_skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
      return true;
    default:
      return false;
  }
}

// Elements that end a sentence: the sentence splitter sees a blank line at each boundary.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Length of the character reference ("&amp;", "&#8217;", "&#x2019;") at `at`, or 0.
std::size_t reference_length(std::string_view raw, std::size_t at) {
  constexpr std::size_t kLongestName = 32;
  if (at >= raw.size() || raw[at] != '&') return 0;
  for (std::size_t i = at + 1; i < raw.size() && i - at <= kLongestName; ++i) {
    if (raw[i] == ';') return i > at + 1 ? i + 1 - at : 0;
    if (!is_ascii_alpha(raw[i]) && !is_ascii_digit(raw[i]) && raw[i] != '#') return 0;
  }
  return 0;
}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
    return &node->v.element.children;
  return nullptr;
}

// Depth-first over the tree with an explicit stack, so that 100,000 nested tags cannot
// overflow the thread's stack. enter(node) returns whether to descend into it; leave(node)
// runs after the children of a node entered.
template <typename Enter, typename Leave>
void walk_tree(const GumboNode* root, Enter&& enter, Leave&& leave) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack;
  if (enter(root)) stack.push_back({root, 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* children = children_of(top.node);
    if (!children || top.next >= children->length) {
      const GumboNode* done = top.node;
      stack.pop_back();
      leave(done);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[top.next++]);
    if (enter(child)) stack.push_back({child, 0});
  }
}

class ProseBuilder {
 public:
  explicit ProseBuilder(std::string_view html) : html_(html) {}

  void walk(const GumboNode* root) {
    auto enter = [this](const GumboNode* node) {
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
          node->type == GUMBO_NODE_CDATA) {
        add_text(node->v.text);
        return false;
      }
      if (node->type == GUMBO_NODE_DOCUMENT) return true;
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return false;
      if (is_skipped(node->v.element.tag)) return false;
      if (is_block(node->v.element.tag)) add_break(node->v.element.start_pos.offset);
      return true;
    };
    auto leave = [this](const GumboNode* node) {
      if (node->type != GUMBO_NODE_DOCUMENT && is_block(node->v.element.tag))
        add_break(node->v.element.end_pos.offset);
    };
    walk_tree(root, enter, leave);
  }

  ExtractedProse take() {
    ExtractedProse prose;
    prose.text = std::move(text_);
    prose.source_map = std::move(map_);
    return prose;
  }

 private:
  void add(char c, std::size_t from) {
    text_.push_back(c);
    map_.push_back(std::min(from, html_.size()));
  }

  void add_break(std::size_t at) {
    if (text_.empty() || (text_.size() >= 2 && text_.compare(text_.size() - 2, 2, "\n\n") == 0))
      return;
    add('\n', at);
    add('\n', at);
  }

  // Walks the decoded text and its source together, so that each decoded byte maps to the
  // byte (or the whole character reference) it came from.
  void add_text(const GumboText& t) {
    std::string_view decoded = t.text;
    std::size_t start = t.start_pos.offset;
    std::string_view raw;
    if (t.original_text.data != nullptr && t.original_text.data >= html_.data() &&
        t.original_text.data + t.original_text.length <= html_.data() + html_.size())
      raw = std::string_view(t.original_text.data, t.original_text.length);
    if (!raw.empty()) start = static_cast<std::size_t>(raw.data() - html_.data());
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < decoded.size()) {
      if (std::size_t length = reference_length(raw, j)) {
        std::size_t char_length = utf8_sequence_length(static_cast<unsigned char>(decoded[i]));
        for (std::size_t k = 0; k < char_length && i < decoded.size(); ++k, ++i)
          add(decoded[i], start + j);
        j += length;
        continue;
      }
      if (j < raw.size() && raw[j] == '\r' && decoded[i] == '\n') {
        if (j + 1 < raw.size() && raw[j + 1] == '\n') ++j;
      }
      add(decoded[i], start + std::min(j, raw.empty() ? 0 : raw.size() - 1));
      ++i;
      ++j;
    }
  }

  std::string_view html_;
  std::string text_;
  std::vector<std::size_t> map_;
};

const GumboNode* find_element(const GumboNode* root, GumboTag tag) {
  const GumboNode* found = nullptr;
  walk_tree(
      root,
      [&](const GumboNode* node) {
        if (found || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT))
          return false;
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag) found = node;
        return !found;
      },
      [](const GumboNode*) {});
  return found;
}

const char* attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

// The text of an element's text children (a <script>'s JSON, say).
std::string child_text(const GumboNode* node) {
  std::string text;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
        child->type == GUMBO_NODE_WHITESPACE)
      text += child->v.text.text;
  }
  return text;
}

// schema.org `datePublished` anywhere in a JSON-LD block: an object, an array, or a @graph.
std::optional<Day> json_ld_date_published(const nlohmann::json& j) {
  if (j.is_object()) {
    auto it = j.find("datePublished");
    if (it != j.end() && it->is_string())
      if (auto day = parse_iso_day_prefix(it->get<std::string>())) return day;
    for (const auto& [key, value] : j.items())
      if (auto day = json_ld_date_published(value)) return day;
  } else if (j.is_array()) {
    for (const auto& value : j)
      if (auto day = json_ld_date_published(value)) return day;
  }
  return std::nullopt;
}

// Where a page states its publication date, most explicit first; the first pass that finds one
// wins, so a <time> in the body never overrides the page's metadata.
enum class DatePass { kMetadata, kTimeElement };

bool set_published(ExtractedProse& prose, Day day, const char* from) {
  prose.published = day;
  prose.published_from = from;
  return true;
}

// One element's publication date for this pass, if it carries one: <meta
// property="article:published_time">, schema.org datePublished (JSON-LD or microdata), else
// <time datetime=...>. True once found.
bool published_at(const GumboNode* node, ExtractedProse& prose, DatePass pass) {
  GumboTag tag = node->v.element.tag;
  if (pass == DatePass::kMetadata) {
    const char* property = tag == GUMBO_TAG_META ? attribute(node, "property") : nullptr;
    if (property && std::strcmp(property, "article:published_time") == 0)
      if (const char* content = attribute(node, "content"))
        if (auto day = parse_iso_day_prefix(content))
          return set_published(prose, *day, "HTML meta article:published_time");
    const char* type = tag == GUMBO_TAG_SCRIPT ? attribute(node, "type") : nullptr;
    if (type && std::strcmp(type, "application/ld+json") == 0) {
      // A malformed block is the page's problem, not a reason to stop reading the article.
      nlohmann::json ld = nlohmann::json::parse(child_text(node), nullptr, false);
      if (auto day = json_ld_date_published(ld))
        return set_published(prose, *day, "HTML JSON-LD datePublished");
    }
    const char* itemprop = attribute(node, "itemprop");
    if (itemprop && std::strcmp(itemprop, "datePublished") == 0) {
      const char* value = attribute(node, "content");
      if (!value) value = attribute(node, "datetime");
      if (value)
        if (auto day = parse_iso_day_prefix(value))
          return set_published(prose, *day, "HTML microdata datePublished");
    }
  } else if (tag == GUMBO_TAG_TIME) {
    if (const char* datetime = attribute(node, "datetime"))
      if (auto day = parse_iso_day_prefix(datetime))
        return set_published(prose, *day, "HTML <time datetime>");
  }
  return false;
}

// The first publication date the pass finds in document order, walked without recursion.
void find_published(const GumboNode* root, ExtractedProse& prose, DatePass pass) {
  if (prose.published) return;
  bool found = false;
  walk_tree(
      root,
      [&](const GumboNode* node) {
        if (found) return false;
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return false;
        if (node->type == GUMBO_NODE_ELEMENT) found = published_at(node, prose, pass);
        return !found;
      },
      [](const GumboNode*) {});
}

}  // namespace

ExtractedProse extract_html_prose(std::string_view html) {
  // Parse errors are not used: keeping a few bounds the memory a broken page can take.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 100;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  // The article body: <article> if the page has one, else <main>, else the whole document.
  const GumboNode* body = find_element(output->document, GUMBO_TAG_ARTICLE);
  if (!body) body = find_element(output->document, GUMBO_TAG_MAIN);
  if (!body) body = output->document;
  ProseBuilder builder(html);
  builder.walk(body);
  ExtractedProse prose = builder.take();
  find_published(output->document, prose, DatePass::kMetadata);
  find_published(output->document, prose, DatePass::kTimeElement);
  gumbo_destroy_output(&options, output);
  return prose;
}

void read_html(Document& doc) {
  ExtractedProse prose = extract_html_prose(doc.original);
  doc.text = std::move(prose.text);
  doc.source_map = std::move(prose.source_map);
  doc.published = prose.published;
  doc.published_from = prose.published_from;
}

}  // namespace factlint
