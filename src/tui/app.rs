//! The wizard's state and `update`: intents in, state changed, an effect out. No terminal, no
//! files: the shell in `mod.rs` carries out effects.

use crate::answers::{Answers, Reply};
use crate::benefits::{Benefit, Family, Variant};
use crate::catalogue::{Catalogue, Origin};
pub use crate::checklist::{Entry, GROUPS};
use crate::date::Date;
use crate::eligibility::{Outcome, is_provider};
use crate::guidance::doc::More;
use crate::guidance::{self, Format, Options, Render, Report};
use std::rc::Rc;

use crate::i18n::{Arg, Lang, Localizer, Localizers};
use crate::postcode::{self, PostcodeError, PostcodeInfo};

use super::intent::Intent;
use super::kiosk::{Kiosk, PinOutcome};
use super::theme::Theme;

/// The benefits filter holds a word or two; more is a paste gone astray.
const MAX_FILTER_CHARS: usize = 32;

/// The steps of the wizard, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    #[default]
    Languages,
    Benefits,
    Home,
    Postcode,
    Results,
    Guidance,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Languages,
        Step::Benefits,
        Step::Home,
        Step::Postcode,
        Step::Results,
        Step::Guidance,
    ];

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Step::Languages => "step-languages",
            Step::Benefits => "step-benefits",
            Step::Home => "step-home",
            Step::Postcode => "step-postcode",
            Step::Results => "step-results",
            Step::Guidance => "step-guidance",
        }
    }

    fn back(self) -> Step {
        self.index().checked_sub(1).map_or(self, |i| Step::ALL[i])
    }
}

/// A file the shell should write, or text to copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Save {
        name: String,
        contents: String,
    },
    /// Send this handout to the configured print command.
    Print {
        name: String,
        contents: String,
    },
    Copy(String),
    /// Ask the live postcode service about this postcode, in the background.
    ConfirmPostcode(String),
    /// Fetch the newest signed catalogue in the background (not in a kiosk: its timer does that).
    Refresh,
    /// Kiosk: wipe everything and show the first screen (the shell clears the scrollback and may
    /// switch in a newer catalogue first).
    Reset,
}

/// What the shell did with an effect, or work done off the UI thread: it reports here, and the
/// app alone decides what the screen says about it.
#[derive(Debug)]
pub enum Done {
    Saved(Result<std::path::PathBuf, String>),
    /// A kiosk with no handout folder.
    SavingOff,
    NoPrintCommand,
    PrintStarted,
    Printed(Result<(), String>),
    Copied,
    RefreshNotSetUp,
    RefreshStarted,
    Refreshed(Result<crate::refresh::Refreshed, crate::refresh::RefreshError>),
    PostcodeChecked(String, crate::postcode_lookup::Lookup),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Overlay {
    #[default]
    None,
    Help,
    ConfirmQuit,
}

/// Where typing goes in adviser mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AdviserFocus {
    #[default]
    Benefits,
    Postcode,
    /// The resident's language and the wizard's step 3: account holder, provider, age.
    Household,
}

/// One answer about the household, changed with Left/Right: step 3 of the wizard has the last
/// three, adviser mode all four.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HomeRow {
    ResidentLanguage,
    AccountHolder,
    Provider,
    Age,
}

impl HomeRow {
    pub const WIZARD: [HomeRow; 3] = [HomeRow::AccountHolder, HomeRow::Provider, HomeRow::Age];
    pub const ADVISER: [HomeRow; 4] = [
        HomeRow::ResidentLanguage,
        HomeRow::AccountHolder,
        HomeRow::Provider,
        HomeRow::Age,
    ];
}

/// What the run was set up with: read while the wizard runs, changed only by a catalogue refresh.
pub(crate) struct AppSetup {
    pub(crate) catalogue: Catalogue,
    pub(crate) origin: Origin,
    pub(crate) today: Date,
    /// The handout format the print command gets.
    pub(crate) print_format: Format,
    /// `[postcode_lookup] url` is set: full postcodes are confirmed online.
    pub(crate) postcode_lookup: bool,
    /// The configured languages (resident's, screen's): each new resident starts from them.
    pub(crate) start_langs: (Lang, Lang),
}

/// The resident's answers and what was typed: all that a new resident or a kiosk reset forgets.
#[derive(Default)]
pub(crate) struct Session {
    pub(crate) answers: Answers,
    pub(crate) postcode_input: String,
    /// The postcode step was passed with nothing typed: "no fixed address / not sure".
    pub(crate) no_postcode: bool,
    pub(crate) filter: String,
    /// The live lookup's answer and the postcode it is for.
    pub(crate) live_postcode: Option<(String, crate::postcode_lookup::Lookup)>,
}

impl Session {
    /// Overwrites the typed strings before their memory is given back.
    fn wipe(&mut self) {
        self.answers.wipe();
        crate::answers::wipe_string(std::mem::take(&mut self.postcode_input));
        crate::answers::wipe_string(std::mem::take(&mut self.filter));
        if let Some((postcode, _)) = self.live_postcode.take() {
            crate::answers::wipe_string(postcode);
        }
        *self = Session::default();
    }
}

/// Where the person is on screen: the step, the cursors, what is open, the last message.
#[derive(Default)]
pub(crate) struct View {
    pub(crate) step: Step,
    pub(crate) adviser: bool,
    pub(crate) adviser_focus: AdviserFocus,
    pub(crate) lang_cursor: [usize; 2],
    pub(crate) lang_column: usize,
    pub(crate) benefit_cursor: usize,
    pub(crate) home_row: usize,
    /// The row of adviser mode's household box.
    pub(crate) adviser_row: usize,
    pub(crate) provider_index: usize,
    pub(crate) results_cursor: usize,
    pub(crate) guidance_scroll: u16,
    /// The guidance in full (every offer, every detail) instead of the answer first.
    pub(crate) full: bool,
    /// Where the caret is in the postcode field, in characters from the end.
    pub(crate) postcode_caret: usize,
    pub(crate) overlay: Overlay,
    pub(crate) message: Option<String>,
    pub(crate) quit: bool,
}

impl View {
    /// The first screen, with the language lists on the languages in use.
    fn first_screen(lang: Lang, ui_lang: Lang) -> View {
        View {
            lang_cursor: [
                Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0),
                Lang::ALL.iter().position(|l| *l == ui_lang).unwrap_or(0),
            ],
            ..View::default()
        }
    }
}

/// The wizard: its setup (read-only), the resident's session, the view, and the languages.
pub struct App {
    pub(crate) setup: AppSetup,
    pub(crate) session: Session,
    pub(crate) view: View,
    pub(crate) lang: Lang,
    pub(crate) ui_lang: Lang,
    pub(crate) ui: Rc<Localizer>,
    pub(crate) guidance_loc: Rc<Localizer>,
    localizers: Localizers,
    pub(crate) theme: Theme,
    /// Set in kiosk mode: idle reset, no quitting, the admin PIN.
    pub(crate) kiosk: Option<Kiosk>,
}

impl App {
    pub fn new(catalogue: Catalogue, origin: Origin, lang: Lang, ui_lang: Lang, today: Date, theme: Theme) -> App {
        let mut localizers = Localizers::default();
        App {
            setup: AppSetup {
                catalogue,
                origin,
                today,
                print_format: Format::Html,
                postcode_lookup: false,
                start_langs: (lang, ui_lang),
            },
            session: Session::default(),
            view: View::first_screen(lang, ui_lang),
            lang,
            ui_lang,
            ui: localizers.get(ui_lang),
            guidance_loc: localizers.get(lang),
            localizers,
            theme,
            kiosk: None,
        }
    }

    /// The format the print command gets (`[handout] format`).
    pub fn handouts(mut self, format: Format) -> App {
        self.setup.print_format = format;
        self
    }

    /// Full postcodes are confirmed online (`[postcode_lookup] url` is set).
    pub fn postcode_lookup(mut self, on: bool) -> App {
        self.setup.postcode_lookup = on;
        self
    }

    /// Start in the one-screen adviser mode (`[general] adviser_mode`).
    pub fn adviser_mode(mut self) -> App {
        self.view.adviser = true;
        self
    }

    // What tests, benches and the shell may read; the state itself is private.
    pub fn step(&self) -> Step {
        self.view.step
    }
    pub fn adviser(&self) -> bool {
        self.view.adviser
    }
    pub fn overlay(&self) -> Overlay {
        self.view.overlay
    }
    pub fn message(&self) -> Option<&str> {
        self.view.message.as_deref()
    }
    pub fn quitting(&self) -> bool {
        self.view.quit
    }
    pub fn results_cursor(&self) -> usize {
        self.view.results_cursor
    }
    pub fn benefit_cursor(&self) -> usize {
        self.view.benefit_cursor
    }
    pub fn answers(&self) -> &Answers {
        &self.session.answers
    }
    pub fn postcode_input(&self) -> &str {
        &self.session.postcode_input
    }
    /// The postcode step was passed with nothing typed: "no fixed address / not sure".
    pub fn no_fixed_address(&self) -> bool {
        self.session.no_postcode
    }
    pub fn filter(&self) -> &str {
        &self.session.filter
    }
    pub fn lang(&self) -> Lang {
        self.lang
    }
    pub fn ui_lang(&self) -> Lang {
        self.ui_lang
    }
    /// The screen language's messages.
    pub fn ui(&self) -> &Localizer {
        &self.ui
    }
    pub fn theme(&self) -> Theme {
        self.theme
    }
    pub fn catalogue(&self) -> &Catalogue {
        &self.setup.catalogue
    }
    pub fn origin(&self) -> &Origin {
        &self.setup.origin
    }
    pub fn kiosk_state(&self) -> Option<&Kiosk> {
        self.kiosk.as_ref()
    }

    /// A wizard locked down for a public kiosk.
    pub fn kiosk(mut self, mut kiosk: Kiosk) -> App {
        // The first screen speaks every language: each one's instruction, once.
        if kiosk.instructions.is_empty() {
            kiosk.instructions = Lang::ALL
                .iter()
                .map(|l| self.localizers.get(*l).get("lang-choose-line"))
                .collect();
        }
        self.kiosk = Some(kiosk);
        self
    }

    /// A key at time `now` (time since start). In a kiosk this restarts the idle clock and
    /// applies the kiosk's rules before the wizard sees the key.
    pub fn input(&mut self, intent: Intent, now: std::time::Duration) -> Effect {
        let Some(kiosk) = &mut self.kiosk else {
            return match intent {
                Intent::Admin | Intent::Activity => Effect::None,
                _ => self.update(intent),
            };
        };
        if kiosk.touch(now) || intent == Intent::Activity {
            // The key only asked for more time.
            return Effect::None;
        }
        if kiosk.pin.is_some() {
            return self.update_pin(intent);
        }
        match intent {
            Intent::Quit => {
                self.view.message = Some(self.ui.get("kiosk-stays-open"));
                Effect::None
            }
            Intent::Admin => {
                kiosk.open_pin();
                self.view.message = None;
                Effect::None
            }
            Intent::NewResident => Effect::Reset,
            // Adviser mode is for staff laptops: a kiosk keeps the guided steps.
            Intent::Adviser => Effect::None,
            // A shared clipboard would hand the guidance to the next person.
            Intent::Copy => Effect::None,
            // The kiosk's catalogue comes from the system cache, refreshed by root's timer.
            Intent::Refresh => Effect::None,
            _ => self.update(intent),
        }
    }

    fn update_pin(&mut self, intent: Intent) -> Effect {
        let Some(kiosk) = &mut self.kiosk else {
            return Effect::None;
        };
        match intent {
            Intent::Char(c) => kiosk.type_pin(c),
            Intent::Backspace => kiosk.backspace_pin(),
            Intent::Back => {
                kiosk.close_pin();
                self.view.message = None;
            }
            Intent::Next => {
                self.view.message = match kiosk.submit_pin() {
                    PinOutcome::Exit => {
                        self.view.quit = true;
                        return Effect::Quit;
                    }
                    PinOutcome::Wrong => Some(self.ui.get("kiosk-pin-wrong")),
                    PinOutcome::Wait(s) => Some(self.ui.fmt("kiosk-pin-wait", &[("seconds", Arg::Num(s as i64))])),
                    PinOutcome::NoPinSet => Some(self.ui.get("kiosk-no-pin")),
                    PinOutcome::Typing | PinOutcome::Closed => None,
                }
            }
            _ => {}
        }
        Effect::None
    }

    /// The clock moved to `now` with no input: in a kiosk, the countdown shows and then the reset.
    pub fn tick(&mut self, now: std::time::Duration) -> Effect {
        match &mut self.kiosk {
            Some(k) => {
                k.clock = now;
                if k.reset_due() { Effect::Reset } else { Effect::None }
            }
            None => Effect::None,
        }
    }

    /// Kiosk reset: every answer wiped, and the first screen exactly as at start, on `catalogue`
    /// when a newer one is waiting. The PIN's wrong-try count survives, so a reset is no way round it.
    pub fn reset(&mut self, catalogue: Option<(Catalogue, Origin)>) {
        self.new_resident();
        let Some(mut kiosk) = self.kiosk.take() else {
            return;
        };
        kiosk.close_pin();
        kiosk.last_input = kiosk.clock;
        kiosk.touched = false;
        let (lang, ui_lang, theme) = kiosk.start;
        if let Some((catalogue, origin)) = catalogue {
            self.setup.catalogue = catalogue;
            self.setup.origin = origin;
        }
        // The first screen exactly as at start: a fresh view, the configured languages and colours.
        self.set_languages(lang, ui_lang);
        self.theme = theme;
        self.view = View::first_screen(lang, ui_lang);
        self.kiosk = Some(kiosk);
    }

    /// What decides the screen's layout: when it changes, the shell redraws from a clean slate.
    pub fn layout_key(&self) -> (Step, bool, Overlay, Lang, bool, bool) {
        let (pin, countdown) = self
            .kiosk
            .as_ref()
            .map_or((false, false), |k| (k.pin.is_some(), k.countdown_left().is_some()));
        (
            self.view.step,
            self.view.adviser,
            self.view.overlay,
            self.ui_lang,
            pin,
            countdown,
        )
    }

    /// Whether a text field has focus (then letters are text, not commands).
    pub fn typing(&self) -> bool {
        if self.kiosk.as_ref().is_some_and(|k| k.pin.is_some()) {
            return true;
        }
        self.view.overlay == Overlay::None
            && if self.view.adviser {
                true
            } else {
                matches!(self.view.step, Step::Benefits | Step::Postcode)
            }
    }

    pub fn has_answers(&self) -> bool {
        !self.session.answers.benefits.is_empty()
            || !self.session.postcode_input.is_empty()
            || self.session.answers.account_holder != Reply::NotSure
            || self.session.answers.current_provider.is_some()
    }

    /// The checklist lines that pass the filter.
    pub fn visible_entries(&self) -> Vec<(usize, Entry)> {
        let filter = self.session.filter.to_lowercase();
        // The abbreviations advisers type: "uc", "pc", "ctr"…
        let abbreviated = Benefit::from_input(&filter);
        GROUPS
            .iter()
            .enumerate()
            .flat_map(|(g, (_, entries))| entries.iter().map(move |e| (g, *e)))
            .filter(|(_, e)| {
                if filter.is_empty() {
                    return true;
                }
                match e.label_benefit() {
                    None => self.ui.get("benefits-choice-none").to_lowercase().contains(&filter),
                    Some(b) => {
                        Some(b) == abbreviated
                            || b.id().contains(&filter)
                            || self.guidance_name(b).to_lowercase().contains(&filter)
                    }
                }
            })
            .collect()
    }

    /// A benefit's name in the screen language.
    pub fn guidance_name(&self, b: Benefit) -> String {
        self.ui.get(&format!("benefit-{}", b.id()))
    }

    pub fn ticked(&self, e: Entry) -> bool {
        match e {
            Entry::Typed(f) => self
                .session
                .answers
                .benefits
                .iter()
                .any(|b| b.family().is_some_and(|(x, _)| x == f)),
            Entry::Single(b) => self.session.answers.benefits.contains(&b),
            Entry::None => false,
        }
    }

    /// The follow-up choice of a ticked typed benefit: 0 not sure, 1 and 2 the types.
    pub fn choice(&self, f: Family) -> usize {
        match self
            .session
            .answers
            .benefits
            .iter()
            .find_map(|b| b.family().filter(|(x, _)| *x == f))
        {
            Some((_, Variant::Primary)) => 1,
            Some((_, Variant::Secondary)) => 2,
            _ => 0,
        }
    }

    /// A refreshed catalogue, used from the next answer on: the screen redraws with it at once.
    /// Cursors are kept inside the new lists; the resident's answers are untouched.
    pub fn switch_catalogue(&mut self, catalogue: Catalogue, origin: Origin) {
        self.setup.catalogue = catalogue;
        self.setup.origin = origin;
        self.view.provider_index = self.view.provider_index.min(self.providers().len());
        self.view.results_cursor = self
            .view
            .results_cursor
            .min(self.setup.catalogue.offered().count().saturating_sub(1));
    }

    /// The postcode as looked up now (with a live lookup's answer for it, when there is one), or
    /// None when nothing is typed.
    pub fn postcode(&self) -> Option<Result<PostcodeInfo, PostcodeError>> {
        self.offline_postcode().map(|r| {
            r.map(|mut info| {
                if let Some((p, lookup)) = &self.session.live_postcode
                    && *p == info.normalised
                {
                    crate::postcode_lookup::apply(&mut info, lookup);
                    info.live_check = Some(lookup.id());
                }
                info
            })
        })
    }

    fn offline_postcode(&self) -> Option<Result<PostcodeInfo, PostcodeError>> {
        let typed = !self.session.postcode_input.trim().is_empty();
        (typed && !self.postcode_incomplete()).then(|| postcode::lookup(&self.session.postcode_input))
    }

    /// The second half is still being typed ("B1 1"): not yet a postcode, and not the district
    /// "B11" it would otherwise read as, so nothing is confirmed until it is whole.
    pub fn postcode_incomplete(&self) -> bool {
        let parts: Vec<&str> = self.session.postcode_input.split_whitespace().collect();
        matches!(parts.as_slice(), [_, inward] if inward.chars().count() < 3)
    }

    /// Providers with offers in the catalogue, for the "current provider" choice (0 = none/other).
    pub fn providers(&self) -> Vec<String> {
        self.setup.catalogue.providers()
    }

    /// The answers as the core sees them.
    fn core_answers(&self) -> Answers {
        let mut a = self.session.answers.clone();
        a.postcode = self
            .postcode()
            .and_then(|r| r.ok())
            .map(|_| self.session.postcode_input.clone());
        a
    }

    /// The report for the current answers. A postcode that does not look up is left out.
    pub fn with_report<T>(&self, f: impl FnOnce(&Report<'_>) -> T) -> T {
        let answers = self.core_answers();
        let pc = self.postcode().and_then(|r| r.ok());
        let report = Report::new(
            &self.setup.catalogue,
            &self.setup.origin,
            &answers,
            pc.as_ref(),
            self.setup.today,
        );
        f(&report)
    }

    /// Offers in result order, for the results list.
    pub fn outcomes(&self) -> Vec<(String, Outcome<'_>)> {
        let answers = self.core_answers();
        let pc = self.postcode().and_then(|r| r.ok());
        let mut outcomes = crate::eligibility::evaluate(&answers, &self.setup.catalogue, pc.as_ref());
        guidance::sort(&mut outcomes);
        outcomes.into_iter().map(|o| (o.tariff.id.clone(), o)).collect()
    }

    /// The guidance text in the resident's language, as `check --format text` gives it.
    pub fn guidance_text(&self, width: usize) -> String {
        self.with_report(|r| {
            guidance::render(
                r,
                &self.guidance_loc,
                Render {
                    format: Format::Text,
                    options: Options {
                        full: self.view.full,
                        more: More::Key,
                        ..Options::default()
                    },
                    also_english: false,
                    width,
                },
            )
        })
    }

    fn handout(&self, format: Format) -> String {
        self.with_report(|r| {
            guidance::render(
                r,
                &self.guidance_loc,
                Render {
                    format,
                    // What is on screen is what is printed: the answer first, unless f showed all.
                    options: Options {
                        full: self.view.full,
                        more: More::Handout,
                        ..Options::default()
                    },
                    also_english: !self.lang.is_english(),
                    width: 80,
                },
            )
        })
    }

    /// Forgets every answer (zeroing the typed strings) and starts again at the first step.
    pub fn new_resident(&mut self) {
        self.session.wipe();
        // The next resident's guidance and handout must not come out in the last one's language.
        let (lang, ui_lang) = self.setup.start_langs;
        self.set_languages(lang, ui_lang);
        // A fresh view: every cursor, scroll and focus from the first screen (focus on the
        // resident's list, so a Down meant for the next resident never changes the adviser's
        // screen language). Only adviser mode stays as the adviser left it.
        let adviser = self.view.adviser;
        self.view = View {
            adviser,
            ..View::first_screen(lang, ui_lang)
        };
        self.view.message = Some(self.ui.get("new-resident-done"));
    }

    pub fn update(&mut self, intent: Intent) -> Effect {
        // Overlays take the keys first.
        match self.view.overlay {
            Overlay::Help => {
                if matches!(intent, Intent::Help | Intent::Back | Intent::Next | Intent::Quit) {
                    self.view.overlay = Overlay::None;
                }
                return Effect::None;
            }
            Overlay::ConfirmQuit => {
                match intent {
                    Intent::Yes | Intent::Char('y') | Intent::Char('Y') => {
                        self.view.quit = true;
                        return Effect::Quit;
                    }
                    Intent::Quit => {
                        // Ctrl+C twice leaves at once.
                        self.view.quit = true;
                        return Effect::Quit;
                    }
                    _ => self.view.overlay = Overlay::None,
                }
                return Effect::None;
            }
            Overlay::None => {}
        }
        if intent == Intent::Activity {
            return Effect::None;
        }
        self.view.message = None;
        match intent {
            Intent::Quit => {
                if self.has_answers() {
                    self.view.overlay = Overlay::ConfirmQuit;
                    return Effect::None;
                }
                self.view.quit = true;
                return Effect::Quit;
            }
            Intent::Help => self.view.overlay = Overlay::Help,
            Intent::NewResident => self.new_resident(),
            Intent::Refresh => return Effect::Refresh,
            Intent::Adviser => {
                self.view.adviser = !self.view.adviser;
                self.view.adviser_focus = AdviserFocus::Benefits;
            }
            Intent::Theme => self.theme = self.theme.next(),
            // From adviser mode too: the results step has the reasons, the checks and the handout.
            Intent::Results => {
                self.view.adviser = false;
                self.view.step = Step::Results;
            }
            _ if self.view.adviser => return self.update_adviser(intent),
            _ => return self.update_step(intent),
        }
        Effect::None
    }

    fn update_step(&mut self, intent: Intent) -> Effect {
        match (self.view.step, intent) {
            // Esc first clears a filter, then goes back.
            (Step::Benefits, Intent::Back) if !self.session.filter.is_empty() => self.clear_filter(),
            (_, Intent::Back) => self.view.step = self.view.step.back(),
            (Step::Languages, i) => self.update_languages(i),
            (Step::Benefits, i) => self.update_benefits(i),
            (Step::Home, i) => self.update_home(i),
            (Step::Postcode, i) => {
                let next = i == Intent::Next;
                self.update_postcode(i);
                if next && self.view.step == Step::Results {
                    return self.ask_online();
                }
            }
            (Step::Results, i) if moves_in_a_list(i) => {
                let n = self.setup.catalogue.offered().count();
                self.view.results_cursor = list_move(self.view.results_cursor, n, i);
            }
            (Step::Results, Intent::Next) => self.view.step = Step::Guidance,
            (Step::Guidance, Intent::Up) => self.view.guidance_scroll = self.view.guidance_scroll.saturating_sub(1),
            (Step::Guidance, Intent::Down) => self.view.guidance_scroll = self.view.guidance_scroll.saturating_add(1),
            (Step::Guidance, Intent::PageUp) => {
                self.view.guidance_scroll = self.view.guidance_scroll.saturating_sub(10)
            }
            (Step::Guidance, Intent::PageDown) => {
                self.view.guidance_scroll = self.view.guidance_scroll.saturating_add(10)
            }
            // The handout from the results too: the notice there says "print (p) or save (s)".
            (Step::Results | Step::Guidance, Intent::SaveHtml) => return self.save(Format::Html),
            (Step::Results | Step::Guidance, Intent::SaveMarkdown) => return self.save(Format::Markdown),
            (Step::Results | Step::Guidance, Intent::Print) => {
                return match self.save(self.setup.print_format) {
                    Effect::Save { name, contents } => Effect::Print { name, contents },
                    other => other,
                };
            }
            (Step::Guidance, Intent::Copy) => return Effect::Copy(self.guidance_text(80)),
            (Step::Guidance, Intent::ToggleFull) => {
                self.view.full = !self.view.full;
                self.view.guidance_scroll = 0;
            }
            _ => {}
        }
        Effect::None
    }

    fn save(&self, format: Format) -> Effect {
        let ext = if format == Format::Html { "html" } else { "md" };
        Effect::Save {
            name: format!("social-tariffs-{}-{}.{ext}", self.lang.tag(), self.setup.today),
            contents: self.handout(format),
        }
    }

    fn update_languages(&mut self, intent: Intent) {
        let col = self.view.lang_column;
        match intent {
            Intent::Up => self.view.lang_cursor[col] = self.view.lang_cursor[col].saturating_sub(1),
            Intent::Down => self.view.lang_cursor[col] = (self.view.lang_cursor[col] + 1).min(Lang::ALL.len() - 1),
            Intent::Left => self.view.lang_column = 0,
            // A kiosk has only the resident's list: the screen follows it.
            Intent::Right if self.kiosk.is_none() => self.view.lang_column = 1,
            Intent::Toggle | Intent::Next => {
                self.set_languages(Lang::ALL[self.view.lang_cursor[0]], Lang::ALL[self.view.lang_cursor[1]]);
                if intent == Intent::Next {
                    self.view.step = Step::Benefits;
                }
            }
            Intent::PickLanguage(column, row) => {
                let (column, row) = (usize::from(column).min(1), usize::from(row).min(Lang::ALL.len() - 1));
                self.view.lang_column = column;
                self.view.lang_cursor[column] = row;
                if column == 0 && self.kiosk.is_some() {
                    // A kiosk's one list: the screen follows the resident's language.
                    self.view.lang_cursor[1] = row;
                }
                self.set_languages(Lang::ALL[self.view.lang_cursor[0]], Lang::ALL[self.view.lang_cursor[1]]);
            }
            _ => {}
        }
        // The two lists are independent: the adviser's screen changes only when the adviser
        // moves in the screen list. A kiosk has one list, read by the resident: the screen
        // follows it.
        if col == 0 && matches!(intent, Intent::Up | Intent::Down) {
            if self.kiosk.is_some() {
                self.view.lang_cursor[1] = self.view.lang_cursor[0];
            }
            self.set_languages(Lang::ALL[self.view.lang_cursor[0]], Lang::ALL[self.view.lang_cursor[1]]);
        } else if col == 1 && matches!(intent, Intent::Up | Intent::Down) {
            self.set_languages(self.lang, Lang::ALL[self.view.lang_cursor[1]]);
        }
    }

    pub fn set_languages(&mut self, lang: Lang, ui_lang: Lang) {
        if lang != self.lang {
            self.lang = lang;
            self.guidance_loc = self.localizers.get(lang);
        }
        if ui_lang != self.ui_lang {
            self.ui_lang = ui_lang;
            self.ui = self.localizers.get(ui_lang);
        }
    }

    fn update_benefits(&mut self, intent: Intent) {
        let entries = self.visible_entries();
        let n = entries.len();
        self.view.benefit_cursor = self.view.benefit_cursor.min(n.saturating_sub(1));
        let current = entries.get(self.view.benefit_cursor).map(|(_, e)| *e);
        match intent {
            i if moves_in_a_list(i) => self.view.benefit_cursor = list_move(self.view.benefit_cursor, n, i),
            Intent::Char(' ') | Intent::Toggle => {
                if let Some(e) = current {
                    self.toggle(e);
                }
            }
            Intent::Left | Intent::Right => {
                if let Some(Entry::Typed(f)) = current
                    && self.ticked(Entry::Typed(f))
                {
                    self.set_choice(f, cycle(self.choice(f), 3, intent));
                }
            }
            Intent::Char(c) if self.session.filter.chars().count() < MAX_FILTER_CHARS => {
                self.session.filter.push(c);
                self.view.benefit_cursor = 0;
            }
            Intent::Backspace => {
                self.session.filter.pop();
            }
            Intent::ClearField | Intent::DeleteWord => {
                let edit = if intent == Intent::ClearField {
                    super::field::Edit::Clear
                } else {
                    super::field::Edit::DeleteWord
                };
                super::field::apply(&mut self.session.filter, &mut 0, edit, MAX_FILTER_CHARS);
                self.view.benefit_cursor = 0;
            }
            Intent::Next => self.view.step = Step::Home,
            _ => {}
        }
    }

    fn clear_filter(&mut self) {
        super::field::apply(
            &mut self.session.filter,
            &mut 0,
            super::field::Edit::Clear,
            MAX_FILTER_CHARS,
        );
        self.view.benefit_cursor = 0;
    }

    pub fn toggle(&mut self, e: Entry) {
        match e {
            Entry::Typed(f) if self.ticked(e) => self
                .session
                .answers
                .benefits
                .retain(|b| b.family().is_none_or(|(x, _)| x != f)),
            Entry::Typed(f) => self.push_benefit(f.member(Variant::Unknown)),
            Entry::Single(b) if self.ticked(e) => self.session.answers.benefits.retain(|x| *x != b),
            Entry::Single(b) => self.push_benefit(b),
            Entry::None => self.session.answers.benefits.clear(),
        }
    }

    fn push_benefit(&mut self, b: Benefit) {
        self.session.answers.benefits.push(b);
        self.session.answers.benefits.sort();
        self.session.answers.benefits.dedup();
    }

    fn set_choice(&mut self, f: Family, choice: usize) {
        self.session
            .answers
            .benefits
            .retain(|b| b.family().is_none_or(|(x, _)| x != f));
        let variant = [Variant::Unknown, Variant::Primary, Variant::Secondary][choice];
        self.push_benefit(f.member(variant));
    }

    fn update_home(&mut self, intent: Intent) {
        match intent {
            i if moves_in_a_list(i) => self.view.home_row = list_move(self.view.home_row, HomeRow::WIZARD.len(), i),
            Intent::Left | Intent::Right => self.change(HomeRow::WIZARD[self.view.home_row.min(2)], intent),
            Intent::Next => self.view.step = Step::Postcode,
            _ => {}
        }
    }

    /// Left/Right (or Space, as Right) on one of the household answers.
    fn change(&mut self, row: HomeRow, intent: Intent) {
        let intent = if intent == Intent::Toggle || intent == Intent::Char(' ') {
            Intent::Right
        } else {
            intent
        };
        match row {
            HomeRow::ResidentLanguage => {
                // The resident's language only: the adviser's screen stays as it is.
                let i = cycle(self.view.lang_cursor[0], Lang::ALL.len(), intent);
                self.view.lang_cursor[0] = i;
                self.set_languages(Lang::ALL[i], self.ui_lang);
            }
            HomeRow::AccountHolder => {
                let order = [Reply::NotSure, Reply::Yes, Reply::No];
                let i = order.iter().position(|r| *r == self.session.answers.account_holder);
                self.session.answers.account_holder = order[cycle(i.unwrap_or(0), order.len(), intent)];
            }
            HomeRow::Provider => {
                // 0 is "none / other", then the providers in order.
                let providers = self.providers();
                self.view.provider_index = cycle(self.view.provider_index, providers.len() + 1, intent);
                self.session.answers.current_provider = self
                    .view
                    .provider_index
                    .checked_sub(1)
                    .and_then(|i| providers.get(i).cloned());
            }
            HomeRow::Age => {
                use super::steps::home::AGE_ORDER;
                let i = AGE_ORDER.iter().position(|a| *a == self.session.answers.age);
                self.session.answers.age = AGE_ORDER[cycle(i.unwrap_or(0), AGE_ORDER.len(), intent)];
            }
        }
    }

    fn update_postcode(&mut self, intent: Intent) {
        use super::field::{Edit, apply};
        let edit = match intent {
            Intent::Char(c) => Some(Edit::Insert(c)),
            Intent::Backspace => Some(Edit::Backspace),
            Intent::Delete => Some(Edit::Delete),
            Intent::Left => Some(Edit::Left),
            Intent::Right => Some(Edit::Right),
            Intent::Home => Some(Edit::Home),
            Intent::End => Some(Edit::End),
            Intent::ClearField => Some(Edit::Clear),
            Intent::DeleteWord => Some(Edit::DeleteWord),
            _ => None,
        };
        if let Some(edit) = edit {
            apply(
                &mut self.session.postcode_input,
                &mut self.view.postcode_caret,
                edit,
                16,
            );
            if matches!(edit, Edit::Insert(_)) {
                self.session.no_postcode = false;
            }
            return;
        }
        match intent {
            Intent::AcceptSuggestion => {
                if let Some(Err(e)) = self.postcode()
                    && let Some(s) = e.suggestion()
                {
                    self.session.postcode_input = s.to_string();
                    self.view.postcode_caret = 0;
                }
            }
            // Half a second half: wait for the rest rather than guess.
            Intent::Next if self.postcode_incomplete() => {}
            Intent::Next => match self.postcode() {
                None => {
                    self.session.no_postcode = true;
                    self.view.step = Step::Results;
                }
                Some(Ok(_)) => self.view.step = Step::Results,
                Some(Err(_)) => {}
            },
            _ => {}
        }
    }

    fn update_adviser(&mut self, intent: Intent) -> Effect {
        match (self.view.adviser_focus, intent) {
            // Tab goes round the three boxes in reading order; Esc comes back the same way.
            (AdviserFocus::Benefits, Intent::Next) => self.view.adviser_focus = AdviserFocus::Postcode,
            (AdviserFocus::Postcode, Intent::Next) => {
                self.view.adviser_focus = AdviserFocus::Household;
                return self.ask_online();
            }
            (AdviserFocus::Household, Intent::Next) => self.view.adviser_focus = AdviserFocus::Benefits,
            (AdviserFocus::Household, Intent::Back) => self.view.adviser_focus = AdviserFocus::Postcode,
            (AdviserFocus::Postcode, Intent::Back) => self.view.adviser_focus = AdviserFocus::Benefits,
            (AdviserFocus::Benefits, Intent::Back) if !self.session.filter.is_empty() => self.clear_filter(),
            // Esc with nothing to clear goes back to the wizard, answers kept.
            (AdviserFocus::Benefits, Intent::Back) => self.view.adviser = false,
            (AdviserFocus::Benefits, i) => self.update_benefits(i),
            (AdviserFocus::Postcode, i) => self.update_postcode(i),
            (AdviserFocus::Household, i) if moves_in_a_list(i) => {
                self.view.adviser_row = list_move(self.view.adviser_row, HomeRow::ADVISER.len(), i)
            }
            (AdviserFocus::Household, i @ (Intent::Left | Intent::Right | Intent::Toggle | Intent::Char(' '))) => {
                self.change(HomeRow::ADVISER[self.view.adviser_row.min(3)], i)
            }
            (AdviserFocus::Household, _) => {}
        }
        Effect::None
    }

    /// When a live lookup is set up: ask it about the full postcode just entered (once).
    fn ask_online(&self) -> Effect {
        if !self.setup.postcode_lookup {
            return Effect::None;
        }
        match self.offline_postcode() {
            Some(Ok(info))
                if crate::postcode_lookup::worth_asking(&info)
                    && self
                        .session
                        .live_postcode
                        .as_ref()
                        .is_none_or(|(p, _)| *p != info.normalised) =>
            {
                Effect::ConfirmPostcode(info.normalised)
            }
            _ => Effect::None,
        }
    }

    /// The first step's one-line instruction in `lang` (a kiosk shows it in every language).
    pub fn instruction_in(&self, lang: Lang) -> String {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.kiosk
            .as_ref()
            .and_then(|k| k.instructions.get(i).cloned())
            .unwrap_or_default()
    }

    /// The one way outcomes of the shell's work reach the app.
    pub fn on_done(&mut self, done: Done) {
        let version = |c: &Catalogue| {
            [
                ("edition", c.edition.to_string().into()),
                ("serial", Arg::Num(c.serial.into())),
            ]
        };
        let message = match done {
            Done::Printed(outcome) => return self.printed(outcome),
            Done::PostcodeChecked(postcode, lookup) => return self.postcode_checked(postcode, lookup),
            Done::Saved(Ok(path)) => self.ui.fmt("saved-to", &[("path", path.display().to_string().into())]),
            Done::Saved(Err(reason)) => self.ui.fmt("save-failed", &[("reason", reason.into())]),
            Done::SavingOff => self.ui.get("kiosk-saving-off"),
            Done::NoPrintCommand => self.ui.get("no-print-command"),
            Done::PrintStarted => self.ui.get("printing"),
            Done::Copied => self.ui.get("copied"),
            Done::RefreshNotSetUp => self.ui.get("refresh-not-set-up"),
            Done::RefreshStarted => self.ui.get("refresh-started"),
            Done::Refreshed(Ok(crate::refresh::Refreshed::Updated {
                path,
                vouched,
                catalogue,
                ..
            })) => {
                let origin = Origin::Cache {
                    path: path.display().to_string(),
                    expires: vouched.expires,
                };
                self.switch_catalogue(*catalogue, origin);
                self.ui.fmt("refresh-updated", &version(&self.setup.catalogue))
            }
            Done::Refreshed(Ok(_)) => self.ui.fmt("refresh-unchanged", &version(&self.setup.catalogue)),
            Done::Refreshed(Err(e)) => {
                let [edition, _] = version(&self.setup.catalogue);
                // A few words fit the footer; `tariff-finder refresh` on the command line says the rest.
                self.ui.fmt("refresh-failed", &[("reason", e.short.into()), edition])
            }
        };
        self.view.message = Some(message);
    }

    /// The print command finished. A kiosk's resident is told only what to do next; the details
    /// are for staff (the shell writes them to the system log).
    pub fn printed(&mut self, outcome: Result<(), String>) {
        self.view.message = Some(match outcome {
            Ok(()) => self.ui.get("printed"),
            Err(_) if self.kiosk.is_some() => self.ui.get("kiosk-print-failed"),
            Err(reason) => self
                .ui
                .fmt("print-failed", &[("reason", crate::text_safety::clean(&reason).into())]),
        });
    }

    /// A live lookup's answer: used for this postcode while it stays typed, with a note.
    pub fn postcode_checked(&mut self, postcode: String, lookup: crate::postcode_lookup::Lookup) {
        let Some(Ok(mut info)) = self
            .offline_postcode()
            .filter(|r| r.as_ref().is_ok_and(|i| i.normalised == postcode))
        else {
            // The resident changed the postcode (or left) while the answer was on its way.
            crate::answers::wipe_string(postcode);
            return;
        };
        let narrowed = crate::postcode_lookup::apply(&mut info, &lookup).is_some();
        self.view.message = crate::guidance::texts::live_postcode_note(&self.ui, &lookup, &info, narrowed);
        self.session.live_postcode = Some((postcode, lookup));
    }

    /// The provider's name as the resident's current provider matches offers.
    pub fn is_current_provider(&self, tariff: &crate::catalogue::Tariff) -> bool {
        self.session
            .answers
            .current_provider
            .as_deref()
            .is_some_and(|p| is_provider(tariff, p))
    }
}

/// Rows a PageUp or PageDown moves through a list.
const PAGE: usize = 10;

/// Up, Down, PageUp, PageDown, Home and End move a list's cursor.
fn moves_in_a_list(intent: Intent) -> bool {
    matches!(
        intent,
        Intent::Up | Intent::Down | Intent::PageUp | Intent::PageDown | Intent::Home | Intent::End
    )
}

/// Where a list's cursor goes for a moving key in a list of `n` rows.
fn list_move(cursor: usize, n: usize, intent: Intent) -> usize {
    let last = n.saturating_sub(1);
    match intent {
        Intent::Up => cursor.saturating_sub(1),
        Intent::Down => (cursor + 1).min(last),
        Intent::PageUp => cursor.saturating_sub(PAGE),
        Intent::PageDown => (cursor + PAGE).min(last),
        Intent::Home => 0,
        Intent::End => last,
        _ => cursor,
    }
}

/// Left and Right go round a choice of `n`: Right to the next, Left to the one before.
fn cycle(i: usize, n: usize, intent: Intent) -> usize {
    if intent == Intent::Right {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }
}
