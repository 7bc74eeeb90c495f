// What a schema 11 Anki collection (`collection.anki2`) needs beyond its notes and cards: the tables,
// and the note types, decks and deck options that `col` holds as JSON. Field names follow Anki's
// schema 11 serde structs (rslib/src/notetype/schema11.rs, decks/schema11.rs); ids are fixed, so a
// re-export finds the same note types in Anki.
export const LEGACY_SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

export const BASIC_NOTETYPE_ID = 1_764_547_200_001;
export const CLOZE_NOTETYPE_ID = 1_764_547_200_002;
const DEFAULT_DECK_ID = 1;
const DEFAULT_CONFIG_ID = 1;
const CSS =
  ".card {\n  font-family: arial;\n  font-size: 20px;\n  text-align: center;\n  color: black;\n  background-color: white;\n}\n";

function field(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: "Arial", size: 20, description: "" };
}

function template(name: string, qfmt: string, afmt: string) {
  return { name, ord: 0, qfmt, afmt, bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 };
}

export function legacyNotetypes(deckId: number, modSeconds: number) {
  const common = {
    mod: modSeconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    latexPre: LATEX_PRE,
    latexPost: "\\end{document}",
    latexsvg: false,
    tags: [],
    vers: [],
  };
  return {
    [BASIC_NOTETYPE_ID]: {
      ...common,
      id: BASIC_NOTETYPE_ID,
      name: "Basic",
      type: 0,
      flds: [field("Front", 0), field("Back", 1)],
      tmpls: [template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")],
      css: CSS,
      req: [[0, "any", [0]]],
    },
    [CLOZE_NOTETYPE_ID]: {
      ...common,
      id: CLOZE_NOTETYPE_ID,
      name: "Cloze",
      type: 1,
      flds: [field("Text", 0), field("Back Extra", 1)],
      tmpls: [template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")],
      css: `${CSS}\n.cloze {\n  font-weight: bold;\n  color: blue;\n}\n`,
      req: [[0, "any", [0]]],
    },
  };
}

const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

function deck(id: number, name: string, modSeconds: number) {
  return {
    id,
    name,
    mod: modSeconds,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: "",
    dyn: 0,
    conf: DEFAULT_CONFIG_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

export function legacyDecks(deckId: number, title: string, modSeconds: number) {
  return { [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, "Default", modSeconds), [deckId]: deck(deckId, title, modSeconds) };
}

export function legacyDeckConfigs(modSeconds: number) {
  return {
    [DEFAULT_CONFIG_ID]: {
      id: DEFAULT_CONFIG_ID,
      name: "Default",
      mod: modSeconds,
      usn: -1,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
      rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    },
  };
}

export function legacyCollectionConfig(deckId: number) {
  return {
    activeDecks: [deckId],
    curDeck: deckId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: BASIC_NOTETYPE_ID,
    nextPos: 1,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
    schedVer: 2,
  };
}
