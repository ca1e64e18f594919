// office_title: a title next to a person ("Russian President Vladimir Putin", "India's prime
// minister, Narendra Modi"), true at the time the sentence speaks of (claim_time.h).
//
// The title names one office ("Israeli President") or, generic, every office that bears it
// ("President"); a country slot narrows it ("French Prime Minister"). "then-", "former", "ex-"
// and "the late" before the title shift it to the past. The records contradict a title only
// when they know the person's situation at that time: the person held another office then, or
// someone else held that (single-seat) office then. An office whose holders the records do not
// list never contradicts by absence, and a time after a file's as_of is never settled by an
// open term. A sentence date written without its year ("On January 6, then-President ...")
// takes the publication's year; a title that fits the same day a few years earlier leaves the
// claim unverifiable, since the article may mean that year.
#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "check/check.h"
#include "check/claim_time.h"
#include "check/discourse.h"
#include "core/checked_date.h"
#include "core/text.h"

namespace factlint {

namespace {

enum class Held { kYes, kNo, kUnknown };

// How the title's time relates to the claim's: as written, in the past ("then-", "was"),
// held before but not then ("former", "ex-"), or held by someone since dead ("the late").
enum class Tense { kPresent, kThen, kFormer, kLate, kQualified };

// Whether the person held the term on some day of `when`; open terms only up to the file's
// as_of.
Held held_during(const Term& t, const Entity& person, const Period& when) {
  if (!t.start) return Held::kUnknown;
  if (t.start->first_day() > when.last()) return Held::kNo;
  if (t.end) return t.end->last_day() >= when.begin() ? Held::kYes : Held::kNo;
  if (person.as_of && person.as_of->last_day() >= when.begin()) return Held::kYes;
  return Held::kUnknown;
}

std::string describe_term(const Term& t) {
  std::string out;
  if (t.start && t.end) return "from " + t.start->iso() + " to " + t.end->iso();
  if (t.start) return "since " + t.start->iso();
  if (t.end) return "until " + t.end->iso();
  return out;
}

// The words right before the title decide its tense ("then-", "former", "the late"); other
// qualifiers ("deputy", "acting", "incoming") make it a different office altogether.
Tense tense_before(std::string_view text, std::size_t sentence_begin, std::size_t offset) {
  if (offset > text.size() || offset < sentence_begin) return Tense::kPresent;
  std::size_t from = offset > sentence_begin + 64 ? offset - 64 : sentence_begin;
  std::string before = to_lower_ascii(text.substr(from, offset - from));
  static const RE2 kThen(R"((?:^|[^a-z])(?:then|later)[-\x{2010}\x{2011}\x{2013} ]\s*$)");
  static const RE2 kFormer(
      R"((?:^|[^a-z])(?:former|ex|onetime|one-time)[-\x{2010}\x{2011}\x{2013} ]\s*$)");
  // "the late", "that late", or "late" opening the sentence; not "too late", "as late".
  static const RE2 kLate(R"((?:^|[^a-z])late\s+$)");
  static const RE2 kLateAdverb(R"((?:^|[^a-z])(?:too|so|very|how|as)\s+late\s+$)");
  static const RE2 kQualified(
      R"((?:^|[^a-z])(?:deputy|vice|acting|interim|caretaker|first|future|next|incoming|outgoing|would-be|designate|elect|assistant|junior|shadow|the new|a|an)[-\x{2010}\x{2011}\x{2013} ]\s*$)");
  static const RE2 kNewOfWhom(R"((?:'|\x{2019})s new\s+$)");  // "Britain's new prime minister"
  if (RE2::PartialMatch(before, kThen)) return Tense::kThen;
  if (RE2::PartialMatch(before, kFormer)) return Tense::kFormer;
  // "former GOP House Speaker", "former Trump National Security Adviser": "former" governs a
  // name or two before the title (read in the original case, so that "a former aide said
  // President ..." stays present, and "former President X and President Y" leaves Y alone).
  std::string_view raw = text.substr(from, offset - from);
  static const RE2 kFormerBeforeNames(
      R"((?:^|[^A-Za-z])(?:[Ff]ormer|[Oo]netime)(?: [A-Z][\w.'\x{2019}-]*){1,2} $)");
  if (RE2::PartialMatch(raw, kFormerBeforeNames)) return Tense::kFormer;
  if (RE2::PartialMatch(before, kLate) && !RE2::PartialMatch(before, kLateAdverb))
    return Tense::kLate;
  if (RE2::PartialMatch(before, kQualified) || RE2::PartialMatch(before, kNewOfWhom))
    return Tense::kQualified;
  return Tense::kPresent;
}

// True when a "former" before another title and "and" may govern this one too: "former CIA
// Director and Defense Secretary Leon Panetta" (both former), "Former South Bend mayor and
// Transportation Secretary Pete Buttigieg" (only the first). A name before "and" ends its
// reach: "former President Joe Biden and President Trump" leaves Trump alone.
bool former_may_reach(std::string_view text, std::size_t sentence_begin, std::size_t offset) {
  if (offset > text.size() || offset < sentence_begin) return false;
  std::size_t from = offset > sentence_begin + 64 ? offset - 64 : sentence_begin;
  static const RE2 kFormerTitles(
      R"((?:^|[^A-Za-z])(?:[Ff]ormer|[Oo]netime)(?: [A-Za-z][\w.'\x{2019}-]*){0,3} (?i:director|secretary|minister|president|governor|senator|ambassador|chief|advis[eo]r|leader|speaker|chair|chairman|chairwoman|mayor|general|commissioner|administrator|envoy|representative) (?:and|&) $)");
  return RE2::PartialMatch(text.substr(from, offset - from), kFormerTitles);
}

// Titles compared case-insensitively, hyphens as spaces ("Secretary-General").
std::string title_key(std::string_view title) {
  std::string out = to_lower_ascii(title);
  std::replace(out.begin(), out.end(), '-', ' ');
  return out;
}

// True when the office bears the title as written, or its name starts with it ("President of
// the European Commission" for "President").
bool bears_title(const Entity& office, std::string_view title) {
  std::string wanted = title_key(title);
  for (const std::string& t : office.titles)
    if (title_key(t) == wanted) return true;
  std::string name = title_key(office.name);
  return name.size() > wanted.size() && name.compare(0, wanted.size(), wanted) == 0 &&
         name[wanted.size()] == ' ';
}

// True when the words around the title speak of the holder's time in office rather than of
// the holder today: "an ambassador under President George H. W. Bush", "President Barack
// Obama's second term", "President Joe Biden's administration".
bool speaks_of_tenure(const Claim& claim, const CheckContext& ctx, std::size_t title_begin,
                      std::size_t name_end) {
  std::string before = words_before(claim, ctx, title_begin, 2);
  // "under President X", "an adviser to President X", "appointed by President X".
  static const RE2 kServed(
      R"((?:^|\s)(?:under|during|(?:advis[eo]r|aide|spokes(?:man|woman|person)|secretary|counsel|counselor|official|envoy|ambassador|appointee|nominee|speechwriter|negotiator|staffer|chief)s? (?:to|for|of|under)|(?:appointed|nominated|named|picked|chosen|tapped|pardoned|confirmed|hired|fired|endorsed) by)$)");
  if (RE2::PartialMatch(before, kServed)) return true;
  // "his Vice President Mike Pence", "Trump's Vice President Mike Pence": the title names a
  // relation to someone's term, held then (not "Israel's Prime Minister": a country's).
  static const RE2 kTheirs(R"((?:^|\s)(?:his|her|their)$)");
  if (RE2::PartialMatch(before, kTheirs)) return true;
  static const RE2 kPossessive(R"((?:'s|\x{2019}s)\s*)");
  if (claim.sentence)
    for (const Mention& m : claim.sentence->items)
      if (m.kind == MentionKind::kEntity && !m.refs.empty() && m.end <= title_begin &&
          title_begin - m.end <= 6 &&
          RE2::FullMatch(ctx.text.substr(m.end, title_begin - m.end), kPossessive) &&
          ctx.kb.entities()[m.refs.front().entity].type == EntityType::kPerson)
        return true;
  std::string after = words_after(claim, ctx, name_end, 3);
  // "President X's second term", "President X's chief of protocol".
  static const RE2 kTenure(
      R"(^(?:'s|’s)\s+(?:(?:first|second|third|last|final|early|late|own|former|top|senior|chief)\s+)?(?:administration|administrations|term|terms|presidency|tenure|era|government|cabinet|reign|years|premiership|chancellorship|chief|aide|aides|advis[eo]rs?|spokes(?:man|woman|person)|press|envoy|appointees?|nominees?|staff|speechwriter)\b)");
  return RE2::PartialMatch(after, kTenure);
}

// True when "when" or "while" opens the clause of the title ("any year when Trump was
// president", "three years earlier while Barack Obama was president"): the clause names a time
// by the holder's term, held then, rather than stating the title at a date told elsewhere in
// the sentence. A date right before it is the clause's own ("In 2015, when Obama was ...").
bool names_a_time(const Claim& claim, const CheckContext& ctx, std::size_t person_begin) {
  if (person_begin > ctx.text.size() || person_begin < claim.sentence_begin) return false;
  std::size_t from =
      person_begin > claim.sentence_begin + 40 ? person_begin - 40 : claim.sentence_begin;
  std::string_view before = ctx.text.substr(from, person_begin - from);
  static const RE2 kWhen(R"((?i)(?:^|[^a-z])(when|while) $)");
  re2::StringPiece conjunction;
  if (!RE2::PartialMatch(before, kWhen, &conjunction)) return false;
  std::size_t when_at = static_cast<std::size_t>(conjunction.data() - ctx.text.data());
  if (claim.sentence)
    for (const Mention& m : claim.sentence->items)
      if (m.kind == MentionKind::kTime && m.time.period && m.end <= when_at && when_at - m.end <= 3)
        return false;
  return true;
}

// True when the sentence looks ahead ("will be one of President Trump's adversaries"): the
// title may be one the person takes up later.
bool narrates_future(const Claim& claim, const CheckContext& ctx) {
  if (claim.sentence_end > ctx.text.size() || claim.sentence_begin >= claim.sentence_end)
    return false;
  std::string words = to_lower_ascii(
      ctx.text.substr(claim.sentence_begin, claim.sentence_end - claim.sentence_begin));
  static const RE2 kFuture(
      R"(\b(?:will|won't|won’t|shall|would|is set to|are set to|is to be|going to)\b|['’]ll\b)");
  return RE2::PartialMatch(words, kFuture);
}

// True when the title is the object of a preposition rather than a name's title: "In
// accepting his party's nomination for president, Donald Trump said".
bool title_is_not_apposed(const Claim& claim, const CheckContext& ctx, std::size_t title_begin,
                          const SlotValue& office, const SlotValue& person) {
  if (office.end > person.begin || person.begin > ctx.text.size()) return false;
  std::string_view between = ctx.text.substr(office.end, person.begin - office.end);
  if (between.find(',') == std::string_view::npos) return false;
  static const std::set<std::string> kPrepositions = {"for",  "as",   "of", "to",   "with",
                                                      "than", "like", "by", "from", "against"};
  return kPrepositions.count(words_before(claim, ctx, title_begin, 1)) > 0;
}

// True when a place below a country's level stands right before the title: "Rhode Island House
// Speaker", "Florida Attorney General" name a state's office, not the country's.
bool names_a_region_before(const Claim& claim, std::size_t title_begin, const CheckContext& ctx) {
  if (!claim.sentence) return false;
  for (const Mention& m : claim.sentence->items) {
    if (m.kind != MentionKind::kEntity || m.end > title_begin || m.refs.empty()) continue;
    std::string_view gap = ctx.text.substr(m.end, title_begin - m.end);
    if (gap != " " && gap != "'s " && gap != "\xE2\x80\x99s ") continue;
    bool all_places = std::all_of(m.refs.begin(), m.refs.end(), [&](const NameRef& r) {
      return ctx.kb.entities()[r.entity].type == EntityType::kPlace;
    });
    if (all_places) return true;
  }
  return false;
}

// True when the title names where it belongs ("German Chancellor", "President of Russia",
// "NATO Secretary-General"). A bare "Chancellor" or "President" is a title of many offices in
// the world, of which the records hold only some: that someone else held the one office the
// records list under it says nothing about the person.
bool title_names_its_place(std::string_view title, const Entity& office, const KnowledgeBase& kb) {
  std::string words = to_lower_ascii(title);
  auto names = [&](const std::string& id) {
    const Entity* e = kb.find(id);
    if (!e) return false;
    std::vector<std::string> forms = e->aliases;
    forms.push_back(e->name);
    for (const std::string& d : e->demonyms) forms.push_back(d);
    // Whole words only: "US" is not in "Housing Secretary".
    for (const std::string& f : forms) {
      if (f.empty()) continue;
      std::string form = to_lower_ascii(f);
      for (std::size_t at = words.find(form); at != std::string::npos;
           at = words.find(form, at + 1)) {
        std::size_t after = at + form.size();
        if ((at == 0 || !is_ascii_alpha(words[at - 1])) &&
            (after >= words.size() || !is_ascii_alpha(words[after])))
          return true;
      }
    }
    return false;
  };
  return (!office.country.empty() && names(office.country)) ||
         (!office.organization.empty() && names(office.organization));
}

// The title as the claim means it: "a former President" for a former title.
std::string written_title(Tense tense, const std::string& title) {
  switch (tense) {
    case Tense::kFormer:
      return "a former " + title;
    case Tense::kThen:
      return "then " + title;
    default:
      return title;
  }
}

class OfficeTitleCheck final : public ClaimCheck {
 public:
  OfficeTitleCheck(bool past, std::string message) : past_(past), message_(std::move(message)) {}

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    const SlotValue* person_slot = claim.slot("person");
    const SlotValue* office_slot = claim.slot("office");
    const SlotValue* country_slot = claim.slot("country");
    if (!person_slot || !office_slot || !person_slot->mention || !office_slot->mention) {
      a.note = "no person or office";
      return a;
    }
    a.found = office_slot->text;
    std::size_t title_begin = office_slot->begin;
    if (country_slot) title_begin = std::min(title_begin, country_slot->begin);
    Tense tense = tense_before(ctx.text, claim.sentence_begin, title_begin);
    // A qualifier between the country and the title qualifies it too ("Britain's new prime
    // minister": the incoming one, on the eve of taking office).
    if (tense == Tense::kPresent && title_begin < office_slot->begin &&
        tense_before(ctx.text, claim.sentence_begin, office_slot->begin) == Tense::kQualified)
      tense = Tense::kQualified;
    // Either reading may be meant: judged former, and present where that contradicts.
    const bool maybe_former =
        tense == Tense::kPresent && former_may_reach(ctx.text, claim.sentence_begin, title_begin);
    if (maybe_former) tense = Tense::kFormer;
    if (tense == Tense::kQualified) {
      a.note = "the title is qualified (deputy, acting, incoming, ...)";
      return a;
    }
    if (names_a_region_before(claim, title_begin, ctx)) {
      a.note = "the title is a region's (\"Rhode Island House Speaker\")";
      return a;
    }
    if (title_is_not_apposed(claim, ctx, title_begin, *office_slot, *person_slot)) {
      a.note = "the title is not the name's (\"nomination for president, Donald Trump\")";
      return a;
    }
    if (past_ && tense == Tense::kPresent) tense = Tense::kThen;
    const bool tenure =
        (tense == Tense::kPresent && speaks_of_tenure(claim, ctx, title_begin, person_slot->end)) ||
        (tense == Tense::kThen && names_a_time(claim, ctx, person_slot->begin));
    // A past narrative, unless the sentence dates it to the last few days ("Prime Minister
    // Boris Johnson said on Monday"): then the title is today's.
    bool past_clause =
        tense == Tense::kPresent && narrates_past(claim, ctx, title_begin, person_slot->end);
    if (past_clause && claim.sentence && ctx.published) {
      auto week_before = add_days(*ctx.published, -7);
      auto recent = week_before ? inclusive_period(*week_before, *ctx.published) : std::nullopt;
      for (const Mention& m : claim.sentence->items)
        if (recent && m.kind == MentionKind::kTime && m.time.period &&
            recent->contains(*m.time.period))
          past_clause = false;
    }

    // The offices the title can mean, narrowed to the country named with it.
    std::vector<const Entity*> offices;
    for (const NameRef& r : office_slot->mention->refs) {
      const Entity& e = ctx.kb.entities()[r.entity];
      if (e.type == EntityType::kOffice) offices.push_back(&e);
    }
    if (country_slot && country_slot->mention) {
      std::set<std::string> countries;
      for (const NameRef& r : country_slot->mention->refs) {
        const Entity& e = ctx.kb.entities()[r.entity];
        if (e.type == EntityType::kCountry) countries.insert(e.id);
      }
      offices.erase(std::remove_if(offices.begin(), offices.end(),
                                   [&](const Entity* o) { return !countries.count(o->country); }),
                    offices.end());
    }
    if (offices.empty()) {
      a.note = "the records hold no office titled " + office_slot->text + " there";
      return a;
    }
    // A title that does not name its place is generic even when the records list one office
    // under it: the office meant is then one the person held.
    const bool generic =
        offices.size() > 1 ||
        (!country_slot && std::none_of(offices.begin(), offices.end(), [&](const Entity* o) {
          return title_names_its_place(office_slot->text, *o, ctx.kb);
        }));
    auto compatible = [&](const Entity& office) {
      if (std::find(offices.begin(), offices.end(), &office) != offices.end()) return true;
      return bears_title(office, office_slot->text);
    };

    std::optional<ClaimTime> when = claim_time(claim, ctx);
    if (when) a.judged_at = describe_claim_time(*when);
    if (!when) {
      a.note = "no publication date";
      return a;
    }
    // The day of writing replaces the sentence's date when that date is not the title's:
    // - a date after the day of writing is a plan or a forecast ("will make its first run in
    //   2025, 40 years after President Ronald Reagan ...");
    // - "former" is said from the day of writing, whatever date the sentence tells of ("In 2013,
    //   protests erupted after former president Viktor Yanukovych ...");
    // - a tenure ("under President X") is the holder's time in office, whenever the sentence is;
    // - "then-" looks back from the sentence's events, so a date of the last month is the news
    //   itself ("then-President Donald Trump's policy, which the court struck down on Tuesday").
    const std::optional<ClaimTime> today = publication_time(ctx);
    const std::optional<Day> month_ago =
        ctx.published ? add_days(*ctx.published, -31) : std::nullopt;
    if (today && ((when->from_sentence && when->period.begin() > *ctx.published) ||
                  tense == Tense::kFormer || tenure ||
                  (tense == Tense::kThen && when->from_sentence && month_ago &&
                   when->period.last() >= *month_ago)))
      when = today;

    std::vector<std::string> messages;
    bool any_person = false;
    for (const NameRef& ref : person_slot->mention->refs) {
      const Entity& person = ctx.kb.entities()[ref.entity];
      if (person.type != EntityType::kPerson) continue;
      any_person = true;
      Judgement j = judge(person, offices, generic, compatible, tense, past_clause || tenure,
                          narrates_future(claim, ctx), *when, ctx, claim);
      if (maybe_former && j.verdict == Verdict::kContradicted) {
        Judgement present =
            judge(person, offices, generic, compatible, Tense::kPresent, past_clause || tenure,
                  narrates_future(claim, ctx), *when, ctx, claim);
        if (present.verdict != Verdict::kContradicted) j = std::move(present);
      }
      // "on January 6, then-President Trump" in 2024 copy: the year came from publication, so
      // a title that fits the same day of one of the years before says nothing of a slip.
      if (j.verdict == Verdict::kContradicted && when->from_sentence && !when->year_written)
        if (std::optional<Day> fits_then = same_day_fitting(
                [&](const ClaimTime& other) {
                  return judge(person, offices, generic, compatible, tense, past_clause || tenure,
                               narrates_future(claim, ctx), other, ctx, claim)
                             .verdict == Verdict::kConsistent;
                },
                *when)) {
          a.note = "the title fits " + iso_day(*fits_then) + ", and the year is not written";
          a.subject = person.id;
          a.evidence.clear();
          a.expected.clear();
          return a;
        }
      if (j.verdict == Verdict::kConsistent) {
        a.verdict = Verdict::kConsistent;
        a.subject = person.id;
        a.expected = j.expected;
        a.evidence = std::move(j.evidence);
        a.note.clear();
        return a;
      }
      if (j.verdict == Verdict::kUnverifiable) {
        a.note = j.note;
        messages.clear();
        a.evidence.clear();
        a.subject = person.id;
        // One reading the records cannot settle keeps the claim unverifiable.
        return a;
      }
      a.subject = person.id;
      a.expected += (a.expected.empty() ? "" : " or ") + j.expected;
      for (Evidence& e : j.evidence) a.evidence.push_back(std::move(e));
      std::map<std::string, std::string> vars = {
          {"person.name", person.name},
          {"person.id", person.id},
          {"office.text", written_title(tense, office_slot->text)},
          {"time", describe_period(when->period)},
          {"records", j.records}};
      messages.push_back(render_template(message_, vars));
    }
    if (!any_person) {
      a.note = "no person in the records";
      return a;
    }
    return conclude_contradicted(std::move(a), claim, messages);
  }

 private:
  // The first of the kYearsBack years before the claim's whose same days make `fits` true
  // (the period shifted back whole years); nullopt when none does.
  template <typename Fits>
  static std::optional<Day> same_day_fitting(const Fits& fits, const ClaimTime& when) {
    constexpr int kYearsBack = 5;
    for (int back = 1; back <= kYearsBack; ++back) {
      std::optional<Day> first = add_years(when.period.begin(), -back);
      std::optional<Day> last = add_years(when.period.last(), -back);
      if (!first || !last) break;
      std::optional<Period> period = inclusive_period(*first, *last);
      if (period && fits(ClaimTime{*period, true, false})) return *first;
    }
    return std::nullopt;
  }

  struct Judgement {
    Verdict verdict = Verdict::kUnverifiable;
    std::string expected;
    std::string records;  // what the records hold, in words
    std::string note;
    std::vector<Evidence> evidence;
  };

  static Evidence term_evidence(const Entity& person, const Term& t, const Entity* office) {
    std::string fact = "position " + (office ? office->id : t.ref);
    if (t.start) fact += " " + t.start->iso() + "..";
    if (t.end) fact += (t.start ? "" : " ..") + t.end->iso();
    return {person.id, fact, t.source.empty() ? person.primary_source() : t.source, t.where};
  }

  template <typename Compatible>
  Judgement judge(const Entity& person, const std::vector<const Entity*>& offices, bool generic,
                  const Compatible& compatible, Tense tense, bool past_clause, bool future_clause,
                  const ClaimTime& when, const CheckContext& ctx, const Claim& claim) const {
    Judgement j;
    const Period& at = when.period;
    // The person's terms in offices the title fits.
    std::vector<std::pair<const Term*, const Entity*>> fitting;
    for (const Term& t : person.positions) {
      const Entity* office = ctx.kb.find(t.ref);
      if (office && compatible(*office)) fitting.emplace_back(&t, office);
    }
    auto started_before = [&](const Term& t, Day day) {
      return t.start && t.start->first_day() < day;
    };

    if (tense == Tense::kLate || (tense == Tense::kThen && !when.from_sentence)) {
      // Some time before the claim's time; without a date the records can only confirm.
      Day limit = at.end();
      for (const auto& [t, office] : fitting) {
        if (started_before(*t, limit)) {
          j.verdict = Verdict::kConsistent;
          j.expected = office->name;
          j.evidence.push_back(term_evidence(person, *t, office));
          return j;
        }
      }
      j.note = "no dated time to check a past title against";
      return j;
    }

    if (tense == Tense::kFormer) {
      bool before = false;
      for (const auto& [t, office] : fitting) {
        Held h = held_during(*t, person, at);
        if (h == Held::kYes) {
          j.verdict = Verdict::kContradicted;
          j.expected = office->name;
          j.records = person.name + " was still " + office->name + " (" + describe_term(*t) + ")";
          j.evidence.push_back(term_evidence(person, *t, office));
          return j;
        }
        if (h == Held::kNo && started_before(*t, at.begin())) {
          before = true;
          j.expected = "former " + office->name;
          j.evidence = {term_evidence(person, *t, office)};
        }
      }
      if (before) {
        j.verdict = Verdict::kConsistent;
        return j;
      }
      j.evidence.clear();
      j.note = "the records do not show an earlier term";
      return j;
    }

    // Narrated in the past without a date of its own ("The result brought down Prime Minister
    // David Cameron"): the title may be the one the person held at the time of the event.
    if (past_clause && !when.from_sentence) {
      for (const auto& [t, office] : fitting) {
        if (started_before(*t, at.end())) {
          j.verdict = Verdict::kConsistent;
          j.expected = office->name;
          j.evidence.push_back(term_evidence(person, *t, office));
          return j;
        }
      }
    }
    // Someone dead by then, in a sentence without a date of its own, is named by an office they
    // held: the sentence tells of their time ("President Herbert Hoover inaugurates ..." in a
    // this-day-in-history list, "the President Calvin Coolidge birthplace").
    if (!when.from_sentence && person.died && person.died->last_day() < at.begin()) {
      for (const auto& [t, office] : fitting) {
        if (started_before(*t, person.died->last_day())) {
          j.verdict = Verdict::kConsistent;
          j.expected = office->name;
          j.evidence.push_back(term_evidence(person, *t, office));
          return j;
        }
      }
    }
    // Present (or a past title with its own date): held at that time.
    bool unknown = false;
    for (const auto& [t, office] : fitting) {
      Held h = held_during(*t, person, at);
      if (h == Held::kYes) {
        j.verdict = Verdict::kConsistent;
        j.expected = office->name;
        j.evidence.push_back(term_evidence(person, *t, office));
        return j;
      }
      if (h == Held::kUnknown) unknown = true;
    }
    // Any time the sentence names may be the title's ("a rally with President Donald Trump on
    // January 6, 2021"; "the plan President Obama asked me to lead six years ago"): a claim is
    // contradicted only when none of them agrees.
    if (claim.sentence) {
      for (const Mention& m : claim.sentence->items) {
        if (m.kind != MentionKind::kTime || !m.time.period) continue;
        for (const auto& [t, office] : fitting) {
          if (held_during(*t, person, *m.time.period) != Held::kYes) continue;
          j.verdict = Verdict::kConsistent;
          j.expected = office->name;
          j.evidence.push_back(term_evidence(person, *t, office));
          return j;
        }
      }
    }
    // Looking ahead, the title may be one the person takes up later.
    if (future_clause) {
      for (const auto& [t, office] : fitting) {
        if (t->start && t->start->first_day() >= at.begin()) {
          j.verdict = Verdict::kConsistent;
          j.expected = office->name;
          j.evidence.push_back(term_evidence(person, *t, office));
          return j;
        }
      }
    }
    // A title the person took up after the sentence's date but by the day of writing is the
    // title news knows them by ("nominated by President Barack Obama in early 2016 ... until
    // after President Donald Trump took office"), not a claim about that date.
    if (when.from_sentence && ctx.published) {
      for (const auto& [t, office] : fitting) {
        if (t->start && t->start->first_day() >= at.end() &&
            t->start->first_day() <= *ctx.published) {
          j.verdict = Verdict::kConsistent;
          j.expected = office->name;
          j.evidence.push_back(term_evidence(person, *t, office));
          return j;
        }
      }
    }
    if (unknown) {
      j.note = "the records do not settle the term at that time";
      return j;
    }
    // A bare title on a former holder of an office whose holders keep it by courtesy
    // ("President Trump" in 2022 letters and speeches).
    if (generic && tense == Tense::kPresent) {
      for (const auto& [t, office] : fitting) {
        if (office->courtesy_title && t->end && t->end->last_day() < at.begin()) {
          j.note = "former holders of " + office->name + " keep the title by courtesy";
          return j;
        }
      }
    }
    // A bare title the records know in one country only ("Housing Secretary", there the US
    // one), on someone whose offices are all another country's, may name their own country's
    // office that the records lack.
    if (generic) {
      const std::string& title_country = offices.front()->country;
      bool one_country = !title_country.empty() &&
                         std::all_of(offices.begin(), offices.end(),
                                     [&](const Entity* o) { return o->country == title_country; });
      bool in_country = false;
      bool elsewhere = false;
      for (const Term& t : person.positions) {
        const Entity* office = ctx.kb.find(t.ref);
        if (!office || office->country.empty()) continue;
        (office->country == title_country ? in_country : elsewhere) = true;
      }
      if (one_country && !in_country && elsewhere) {
        j.note = "the records know the title in another country than " + person.name +
                 "'s offices: it may name an office of their own country they lack";
        return j;
      }
    }
    std::vector<std::string> records;
    // What the person held then, in offices the title does not fit.
    std::string country;
    if (!generic) country = offices.front()->country;
    // A single office outside any country (an organization's) says nothing about the person's
    // other offices.
    const bool other_offices_tell = generic || !country.empty();
    bool held_other = false;
    std::vector<std::string> held_names;
    for (const Term& t : person.positions) {
      const Entity* office = ctx.kb.find(t.ref);
      if (!office || compatible(*office) || !other_offices_tell) continue;
      if (!country.empty() && office->country != country) continue;
      Held h = held_during(t, person, at);
      if (h == Held::kUnknown) {
        j.note = "the records do not settle the person's offices at that time";
        return j;
      }
      if (h != Held::kYes) continue;
      held_other = true;
      held_names.push_back(office->name);
      records.push_back(person.name + " was " + office->name + " (" + describe_term(t) + ")");
      j.evidence.push_back(term_evidence(person, t, office));
    }
    // Who held the office then: the offices named, or for a generic title the ones the person
    // held at some time.
    std::vector<const Entity*> to_check;
    for (const Entity* o : offices) {
      if (!generic) {
        to_check.push_back(o);
        continue;
      }
      for (const auto& [t, office] : fitting)
        if (office == o && std::find(to_check.begin(), to_check.end(), o) == to_check.end())
          to_check.push_back(o);
    }
    bool others_hold = !to_check.empty();
    std::vector<Evidence> holder_evidence;
    std::vector<std::string> holder_records;
    for (const Entity* o : to_check) {
      bool found = false;
      if (o->seats == 1) {
        for (const Entity* holder : ctx.kb.holders_of(o->id)) {
          const Entity& other = *holder;
          if (&other == &person) continue;
          for (const Term& t : other.positions) {
            if (t.ref != o->id || held_during(t, other, at) != Held::kYes) continue;
            found = true;
            holder_records.push_back(other.name + " was " + o->name + " (" + describe_term(t) +
                                     ")");
            holder_evidence.push_back(term_evidence(other, t, o));
            break;
          }
          if (found) break;
        }
      }
      if (!found) others_hold = false;
    }
    if (!held_other && !others_hold) {
      j.evidence.clear();
      j.note = "the records do not show who held the office then";
      return j;
    }
    // The person's own earlier or later terms in the office, for the reader.
    for (const auto& [t, office] : fitting) {
      records.push_back(person.name + " was " + office->name + " " + describe_term(*t));
      j.evidence.push_back(term_evidence(person, *t, office));
    }
    if (others_hold) {
      for (std::string& r : holder_records) records.push_back(std::move(r));
      for (Evidence& e : holder_evidence) j.evidence.push_back(std::move(e));
    }
    j.verdict = Verdict::kContradicted;
    if (!held_names.empty())
      j.expected = held_names.front();
    else
      j.expected = "not " + (fitting.empty() ? offices.front() : fitting.front().second)->name;
    for (const std::string& r : records) j.records += (j.records.empty() ? "" : "; ") + r;
    return j;
  }

  bool past_;
  std::string message_;
};

class OfficeTitleCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "office_title"; }
  std::vector<std::string> required_slots() const override { return {"person", "office"}; }
  std::string default_report_slot() const override { return "office"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    bool past = false;
    for (const auto& [key, value] : options) {
      if (key == "time" && (value == "present" || value == "past")) {
        past = value == "past";
      } else if (key == "time") {
        *error = "unknown time '" + value + "' for office_title (expected present or past)";
        return nullptr;
      } else {
        *error = "unknown check option '" + key + "' for office_title (expected time)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed = {"person.name", "person.id", "office.text", "time",
                                           "records"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for office_title";
        return nullptr;
      }
    }
    return std::make_unique<OfficeTitleCheck>(past, message_template);
  }
};

}  // namespace

const CheckKind& office_title_check_kind() {
  static const OfficeTitleCheckKind kKind;
  return kKind;
}

}  // namespace factlint
