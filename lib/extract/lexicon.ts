// Word lists the rules consult. Kept general (news English), never tuned to one article:
// the extractor is scored on unseen text, so a list entry must make sense for any story.

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Reporting verbs, all inflections, lower case. Speech and publication verbs: any subject that
 * names a source makes the sentence attributed.
 */
export const SPEECH_CUES = set(`
  say says said saying tell tells told telling add adds added adding
  write writes wrote writing announce announces announced announcing
  note notes noted noting report reports reported reporting
  argue argues argued arguing claim claims claimed claiming
  tweet tweets tweeted tweeting post posted state states stated stating
  explain explains explained explaining insist insists insisted insisting
  warn warns warned warning admit admits admitted admitting
  acknowledge acknowledges acknowledged acknowledging reveal reveals revealed revealing
  confirm confirms confirmed confirming deny denies denied denying
  declare declares declared declaring vow vows vowed vowing
  suggest suggests suggested suggesting conclude concludes concluded concluding
  find finds found assert asserts asserted asserting accuse accuses accused accusing
  maintain maintains maintained maintaining contend contends contended contending
  estimate estimates estimated estimating predict predicts predicted predicting
  promise promises promised promising stress stresses stressed stressing
  testify testifies testified testifying allege alleges alleged alleging
  recall recalls recalled recalling reply replies replied replying
  respond responds responded responding disclose discloses disclosed disclosing
  concede concedes conceded conceding complain complains complained complaining
  caution cautions cautioned cautioning emphasize emphasizes emphasized emphasising emphasized emphasise emphasised
  observe observes observed indicate indicates indicated indicating
  mention mentions mentioned remind reminds reminded inform informs informed
  clarify clarifies clarified comment comments commented dispute disputes disputed
  highlight highlights highlighted charge charges charged
  criticize criticizes criticized criticise criticises criticised
  decry decries decried proclaim proclaims proclaimed
  recommend recommends recommended urge urges urged
  show shows showed shown
  ask asks asked asking
  condemn condemns condemned condemning cheer cheers cheered cheering
  bemoan bemoans bemoaned bemoaning lament laments lamented lamenting
  reiterate reiterates reiterated reiterating assure assures assured assuring
  welcome welcomes welcomed welcoming praise praises praised praising hail hails hailed hailing
  slam slams slammed slamming demand demands demanded demanding blame blames blamed blaming
  counter counters countered retort retorts retorted quip quips quipped
  boast boasts boasted boasting protest protests protested protesting
  advise advises advised advising affirm affirms affirmed affirming
  remark remarks remarked
  underline underlines underlined underscore underscores underscored
  pledge pledges pledged pledging forecast forecasts forecasted forecasting
  recount recounts recounted hint hints hinted hinting speculate speculates speculated
  urging demanding pledging lamenting welcoming praising blaming protesting assuring reiterating
  bemoaning cheering slamming criticising criticizing hailing
  acknowledge
  criticising criticizing condemning
`);

/**
 * Cues that report content only with a that-clause, a colon or a fixed particle after them
 * ("the court ruled that ...", "ruled out new taxes", "agreed that ..."); "ruled the country"
 * and "agreed a deal" are acts.
 */
export const CLAUSE_ONLY_CUES = set(`
  rule rules ruled agree agrees agreed decide decides decided determine determines determined
  learn learns learned learnt point points pointed
`);
/** Particles that make a clause-only cue a phrasal cue: "ruled out", "pointed out". */
export const CUE_PARTICLES = new Map<string, string>([
  ['rule', 'out'], ['rules', 'out'], ['ruled', 'out'], ['point', 'out'], ['points', 'out'], ['pointed', 'out'],
]);
/** "describe X as Y": a characterisation reported as the speaker's. */
export const AS_COMPLEMENT_CUES = set(`describe describes described describing`);

/**
 * Stance and mental-state verbs. They carry content only for groups speaking as one ("Officials
 * are worried", "Some in the administration saw ... as"): a named person's "viewed" is the
 * author's narration of an act, not a report of speech.
 */
export const STANCE_CUES = set(`
  believe believes believed think thinks thought fear fears feared
  worry worries worried concerned see sees saw view views viewed
  hope hopes hoped expect expects doubt doubts
`);

/** Verbs that carry attribution only with a person as subject ("he defended his decision"). */
export const PERSON_ONLY_CUES = set(`defend defends defended`);

/** Participles that introduce reported content after a main clause: "..., claiming that C". */
export const PARTICIPIAL_CUES = set(`
  saying claiming adding arguing noting insisting warning stating explaining asserting
  suggesting citing describing calling accusing acknowledging admitting declaring
`);

/** Words that may sit between a subject and its cue: "has also said", "are particularly concerned". */
export const AUX_ADVERBS = set(`
  has have had is are was were be been also later previously then recently repeatedly
  publicly privately earlier separately further again once already first last just
  particularly deeply increasingly openly reportedly clearly quickly subsequently still
  often frequently initially originally himself herself themselves itself
  would will could can may might did does do long consistently strongly sharply loudly
  swiftly promptly immediately quietly angrily firmly
`);

/** Words at a clause start that are not part of the subject. */
export const CONNECTORS = set(`
  but however and yet still so meanwhile also moreover additionally furthermore instead
  indeed now then separately nonetheless nevertheless though although as while notably
  thus hence later earlier previously
`);

export const DETERMINERS = set(`
  the a an this that these those his her their its our my your some many several multiple
  one two three four five six seven eight nine ten dozens hundreds thousands most other others
  few all both each various numerous certain another
`);

/** Head nouns of unnamed human sources. */
export const ANON_NOUNS = set(`
  official officials source sources aide aides analyst analysts critic critics expert experts
  observer observers insider insiders diplomat diplomats people person persons resident residents
  witness witnesses spokesman spokeswoman spokesperson spokespeople representative representatives
  politician politicians lawmaker lawmakers legislator legislators adviser advisers advisor advisors
  staffer staffers employee employees worker workers member members investigator investigators
  researcher researchers economist economists scientist scientists activist activists
  supporter supporters opponent opponents officer officers agent agents commander commanders
  negotiator negotiators delegate delegates voter voters citizen citizens protester protesters protestors
  groups agencies organizations organisations monitors inspectors doctors nurses teachers students
  farmers traders bankers investors executives scholars historians lawyers attorneys 
  soldiers troops victims survivors relatives families parents neighbours neighbors locals villagers
  campaigners advocates defenders economists strategists pollsters forecasters
  prosecutors hawks doves authorities settlers commenters regulators lobbyists consultants
  lawyer attorney economist prosecutor doctor nurse teacher student farmer trader banker investor
  executive scholar historian soldier victim relative neighbour neighbor local villager
  campaigner advocate defender strategist pollster forecaster commentator commentators
  insider staffer employee worker investigator researcher scientist activist supporter
  opponent officer agent negotiator delegate voter citizen protester manager managers
  organisers organizers participants attendees mourners passengers shoppers drivers residents
  physicians surgeons paramedics firefighters engineers leaders elders chiefs
`);

/** Plurals naming a party's members, who speak as the party: "Democrats argued ..." is an organisation. */
export const PARTY_PLURALS = set(`
  democrats republicans conservatives tories liberals socialists greens labourites nationalists
  unionists communists christian-democrats social-democrats
`);

/**
 * Endings of nouns for people ("a driver", "a pharmacist", "a guardian"): after "a"/"an" such a
 * noun is one unnamed person; "a rally", "a storm" are not people.
 */
/** Endings of plural nouns for people ("engineers", "physicians", "participants"). */
export const PLURAL_PEOPLE_ENDING = /(?:ers|ists|ians|ants|ents|ors)$/;
/** Plurals with a people ending that are not people. */
export const NOT_PEOPLE = set(`
  numbers papers letters orders figures matters markets factors events moments elements comments
  documents statements arguments payments governments parliaments departments components investments
  settlements agreements developments improvements centers centres sectors errors colors colours
  rumors rumours answers waters borders powers towers offers layers quarters
  headquarters meters metres
`);
/** Endings of adjectives of nationality or place ("Kenyan", "Israeli", "Chinese", "Scottish"). */
export const DEMONYM_ADJECTIVE_ENDING = /(?:an|ian|ese|i|ish|ch|ic|al|ern)$/;
export const PERSON_NOUN_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ive|ic|ess)$/;

/** Phrases that mark anonymity wherever they occur in a subject. */
export const ANON_MARKERS: readonly RegExp[] = [
  /\bfamiliar with\b/i,
  /\bwith (?:direct )?knowledge of\b/i,
  /\bclose to\b/i,
  /\bon (?:the )?condition of anonymity\b/i,
  /\bnot authori[sz]ed to\b/i,
  /\b(?:declined|did not want|asked not) to be (?:named|identified)\b/i,
  /^(?:some|many|several|multiple|most|others?|few|a few|one|two|three|four)\b/i,
];

/** Role nouns used with "the" to refer back to a named person ("the president"). */
export const ROLE_NOUNS = set(`
  president minister secretary senator governor general chancellor ambassador mayor director
  chairman chairwoman chair chief leader spokesman spokeswoman judge justice prosecutor
  commissioner premier king queen prince pope editor correspondent founder ceo executive
  congressman congresswoman representative sheriff coach manager professor advisor adviser
`);

/** Title words that precede a person's name and are not part of it. */
export const TITLE_WORDS = set(`
  President Prime Minister Secretary Senator Sen Sen. Rep Rep. Gov Gov. Governor General Gen Gen.
  Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Judge Justice Chief Director Ambassador Chancellor King Queen
  Prince Princess Pope Mayor Speaker Advisor Adviser Officer Commissioner Professor Prof Prof.
  Lt Lt. Col Col. Capt Capt. Sgt Sgt. Rev Rev. Sir Lord Dame Acting Deputy Vice Foreign Defence
  Defense Attorney Lieutenant Colonel Captain Sergeant Admiral Commander Representative
  Congressman Congresswoman Sheikh Emir Crown Chairman Chairwoman Editor Executive CEO
  Interior Finance Health Justice National Security Home Trade Economy Labour Labor
  Former Then Incoming Outgoing Late State Coach Detective Inspector Father Bishop Rabbi Imam
  Chair Chairperson Cardinal Archbishop Chef Officer Constable Superintendent Sheriff Pastor Brother Sister
`);

/** Honorifics that mark a person outright. */
export const HONORIFICS = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Lt|Col|Capt|Sgt|Rev|Sir|Dame|Lord|Sheikh)\.?$/;

/** Tokens that make a capitalised phrase an organisation. */
export const ORG_WORDS = set(`
  government ministry military army navy police agency department council party court company
  corporation corp inc ltd llc plc group university college institute foundation organization
  organisation association commission committee union bank administration authority bureau office
  service services federation league alliance coalition fund trust board senate congress parliament
  utility utilities regulator operator retailer insurer lender carrier provider
  assembly cabinet embassy consulate forces force command centre center museum hospital school
  church club network international airline airlines bank regime junta movement front brigade
  brigades guard guards tribunal prosecution firm studio studios industries holdings
  secretariat kremlin pentagon nato un eu opec imf who fbi cia nsa interpol
`);

/** Words that make a phrase a news outlet. */
export const MEDIA_WORDS = set(`
  times post news journal herald guardian reuters ap afp bbc cnn msnbc fox npr pbs abc cbs nbc
  agency press tv television radio telegraph tribune gazette chronicle observer independent
  economist bloomberg axios politico newsweek magazine daily weekly media newspaper newspapers
  outlet outlets broadcaster broadcasters network channel wire xinhua tass ria interfax aljazeera
  jazeera telegram mail mirror sun express standard monitor globe examiner inquirer dispatch
  courier bulletin wsj nyt ft cnbc monde spiegel figaro libération liberation país pais haaretz asahi
  yomiuri bild corriere repubblica zeit arabiya izvestia kommersant nhk rai ard zdf itv sky cbc rt
  sputnik yonhap kyodo ansa efe pti anadolu vox slate wired forbes fortune semafor
`);

/** Phrases that mark media even without a capitalised name. */
export const MEDIA_PHRASES: readonly RegExp[] = [
  /\b(?:state|local|foreign|western|u\.?s\.?|israeli|iranian|chinese|russian|british|national|news|international)\s+(?:media|press|television|tv|news reports|reports|outlets)\b/i,
  /\bnews (?:reports?|agency|agencies|outlets?|channels?|sites?)\b/i,
  /\bmedia reports?\b/i,
];

/** Head nouns of documents speaking as sources. */
export const DOC_NOUNS = set(`
  report reports statement statements filing filings study studies survey surveys poll polls
  order orders data document documents memo memos letter letters lawsuit complaint indictment
  ruling decision judgment analysis assessment review audit census findings finding figures
  statistics paper papers transcript transcripts records record cable cables email emails
  leaks assessment estimates estimate research investigation inquiry dossier bulletin release
  guidance directive legislation bill law proposal plan budget communique communiqué results
  tallies tally counts presentation presentations prospectus disclosure disclosures
  timeline schedule forecast forecasts projections projection minutes
`);

/** Vague attribution: a claim framed as someone's view without naming anyone. */
export const VAGUE_PATTERNS: readonly RegExp[] = [
  /\breportedly\b/i,
  /\ballegedly\b/i,
  /\bpurportedly\b/i,
  /\b(?:is|are|was|were|being|been)\s+(?:widely\s+|largely\s+|generally\s+)?(?:seen|viewed|regarded|considered|perceived|believed|thought|said|understood|expected|rumou?red|hailed)\b/i,
  /\bseen as\b/i,
  /\bit is (?:believed|thought|said|understood|claimed|alleged|rumou?red)\b/i,
  /\bit (?:was|has been|had been|is) (?:reported|announced|claimed|alleged|suggested)\b/i,
  /\b(?:many|some|others) (?:say|said|believe|argue|claim|feel|think)\b/i,
  /\braised (?:fears|concerns|questions|alarm)\b/i,
  /\bfueled speculation\b|\bfuelled speculation\b/i,
  /\b(?:rumou?rs|speculation) (?:has|have|is|are)\b/i,
];

/** Lines that are page furniture, not article body. */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^(?:read more|continue reading|read the full|read next|see also|sign up|subscribe to|click here|follow us|share this|advertisement|sponsored content|powered by|getty images|first published|last updated)\b/i,
  // Words that also open ordinary sentences ("Credit card debt rose ...") only count as
  // furniture on a line without a final stop.
  /^(?:related|more from|more on|recommended|watch|listen|image|photo|video|map|graphic|chart|credit|source|copyright|updated|published)\b[^.!?]*$/i,
  /^\[[^\]]*\]$/,
  /^\(.*\)$/,
  /\bcontributed (?:reporting )?to this (?:report|story|article)\b/i,
  /\b(?:reporting by|editing by|additional reporting)\b/i,
  /\bfirst published\b/i,
  /©|\(c\) \d{4}|all rights reserved/i,
  /^(?:this (?:story|article) (?:has been|was) (?:updated|corrected|originally published|first published))/i,
  /^(?:share (?:this|on)|email|print|save|follow)\b.{0,40}$/i,
];

export const CAPTION_PATTERNS: readonly RegExp[] = [
  /^(?:photo|picture|image|video|caption|pictured|above|below|left|right)\s*[:\-—]/i,
  /^(?:image|media|video) (?:copyright|caption|source)\b/i,
  /\b(?:photograph|photo|image)\s*:\s*[A-Z]/,
  /\((?:AP|AFP|Reuters|Getty|EPA)(?: Photo)?[^)]*\)$/,
  /\b(?:getty images|ap photo|afp via getty|epa-efe|reuters\/)/i,
];

export const BYLINE_PATTERNS: readonly RegExp[] = [
  /^[Bb]y\s+[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+)*(?:\s*(?:,|and)\s+[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+)*)*\s*(?:,.*)?$/u,
  /^(?:analysis|opinion|comment|commentary|by|reporting|written by|words by|interview)\s*:\s*[A-Z]/i,
];

/** Countries and a few common state-like names: a country as a subject speaks as its government. */
export const COUNTRIES = set(`
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
  bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chad
  chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt eritrea estonia
  ethiopia finland france georgia germany ghana greece guatemala haiti honduras hungary iceland
  india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo kuwait
  latvia lebanon libya lithuania malaysia mali mexico moldova mongolia morocco mozambique myanmar
  namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay
  peru philippines poland portugal qatar romania russia rwanda serbia singapore slovakia slovenia
  somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey
  uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
  washington moscow beijing tehran london paris berlin kyiv kiev ankara cairo riyadh
  pyongyang seoul tokyo delhi islamabad kabul baghdad damascus jerusalem brussels
`);
export const COUNTRY_PHRASES = set(`south_africa north_korea south_korea saudi_arabia united_states
  united_kingdom new_zealand sri_lanka ivory_coast south_sudan united_arab_emirates the_u.s. the_us
  u.s. the_uk u.k. the_white_house white_house the_kremlin downing_street the_elysee the_élysée
  the_vatican whitehall the_pentagon number_10 the_state_department state_department`);

export const MONTHS = set(`january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.`);
export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr sen rep gov gen lt col capt sgt rev prof st jr sr inc corp co ltd vs etc no nos
  jan feb mar apr jun jul aug sep sept oct nov dec fig approx est dept univ ave blvd mt ft
  gov't govt messrs mssrs hon pres supt det insp cmdr adm maj brig cpl pvt
`);

/**
 * Common first names with a usual gender, for pronoun resolution ("she" skips a man named just
 * before). Unknown names stay neutral; honorifics (Mr/Ms) and pronoun use refine this.
 */
export const FEMALE_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura
  helen sharon cynthia kathleen amy angela anna ana maria marie julia olivia emma sophia isabella
  hillary kamala nancy angela theresa ursula christine giorgia marine jacinda sanna mette priya
  fatima aisha amina grace ruth hana yuki mei li lena ines rita clara alma ida mira mina dara
  elena irina olga natalia svetlana tatiana sofia lucia carmen rosa marta eva greta ingrid astrid
  catherine kate claire alice jane joan anne nicole rachel hannah leah sara nora zara layla
  miriam patricia priyanka sunita deepa nadia leila yasmin noura samira maya tara kristin heather
`);
export const MALE_NAMES = set(`
  james robert john michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
  jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
  samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
  henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald
  carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie
  barack joe vladimir xi emmanuel olaf boris rishi keir narendra recep benjamin mohammed muhammad
  ahmed ali omar hassan hussein ibrahim mustafa abdul abdullah yusuf kofi kwame jomo uhuru samuel
  abdi habib lotfi rachid ajmi josh mike marco jon hugo tomas omar ivan igor sergei dmitri alexei
  pierre jean jacques francois luis carlos juan miguel pedro diego pablo giuseppe marco luca
  hans klaus jurgen lars sven erik hiroshi kenji takeshi wei ming lionel alan robert martin
`);

// ---------------------------------------------------------------------------------------------
// Grammar words the attribution rules (attribute.ts) use. Closed-class English words, not news
// vocabulary: they hold for any article.

/** Cues that may come before their speaker: '"C," said X', "C, says X". */
export const INVERTIBLE_CUES = set(`
  said says say added adds wrote writes asked asks explained explains noted notes continued recalled
  recalls argued argues argue insisted insists declared declares warned warns warn
  reported reports report claimed claims claim suggested suggests suggest
`);
/** Relative pronouns: a speaker ends where its relative clause starts ("a nurse who asked ..."). */
export const RELATIVE_PRONOUNS = set(`who whom whose which that`);
/** A cue after one of these is inside a relative clause ("X, who testified at trial, said"). */
export const RELATIVE_OPENERS = set(`who whom whose which`);
/** Words that start an appositive or modifier between commas: "X, a member of ..., said". */
export const MODIFIER_OPENERS = set(`who which whose a an`);
/** Words that start a new clause; the subject of a later cue comes after the last of them. */
export const CLAUSE_SPLITTERS = set(`
  and but while whereas what that as because although though when if since so whom which who where
`);
/** Coordinating conjunctions: "X condemned the attack and said ...". */
export const COORDINATORS = set(`and but or`);
/** Words that open a coordinated clause: "A said X, but B said Y". */
export const COORDINATING_OPENERS = set(`and but while whereas`);
/** Words that open an introductory phrase skipped before the subject ("In a statement, ..."). */
export const INTRO_WORDS = set(`
  in on at after before during with without since despite although though while when as speaking
  asked talking following amid under for from by because if once until unlike like given last this
  earlier later hours days weeks months years
`);
/** Words that continue a capitalised name ("Bank of England", "Ali bin Said"). */
export const NP_CONTINUERS = set(`of and for at in on from with to the de del da van von bin al el la le der du des y e`);
/** Frequent verbs, to find where a subject ends. */
export const COMMON_VERBS = set(`
  made took went gave met won lost left held began came got put set ran led fled hit cut sent spent
  built brought bought fought kept struck stood drew knew grew threw became remained makes takes goes
  gives meets wins loses leaves holds begins comes gets puts sets runs leads hits cuts sends spends
  builds brings buys fights keeps strikes stands draws knows grows throws becomes remains is are was
  were has have had will would could can may might should must does did do
`);
/**
 * Words that make the next word a noun ("the report", "his claims"); "that" is left out because
 * "the finding that suggests" is a relative clause.
 */
export const NOUN_DETERMINERS = set(`the a an his her their its our my your this these those new latest recent`);
/** Cue words that are also plural nouns ("reports", "claims"); a following participle or verb shows the noun reading. */
export const NOUN_LIKE_CUES = set(`
  reports claims estimates states findings notes comments charges shows warnings promises posts
  tweets concerns fears hopes views doubts calls
`);
/**
 * Nouns of speech acts that carry content as cues after a possessor: "the ministry's announcement
 * that C", "Harlow Mining's claim that C" (issue 16, kind 5). The nominal forms of the reporting
 * verbs in SPEECH_CUES, kept to acts that assert; "hope", "fear", "view" are stance, not assertion.
 */
export const NOMINAL_CUES = set(`
  announcement announcements claim claims assertion assertions allegation allegations testimony
  statement report admission insistence warning contention acknowledgement acknowledgment
  conclusion finding argument denial confirmation disclosure revelation
`);
/** Prepositions beyond PREPOSITIONS that open an adverbial, never a possessor: "Despite the minister's ...". */
export const ADVERBIAL_PREPOSITIONS = set(`despite amid amidst following against without within among across behind beyond unlike upon toward towards given notwithstanding`);
/** Words after a noun-like cue that show it is a noun: "reports seen by", "claims of". */
export const POSTMOD_NEXT = set(`seen obtained reviewed published released issued from of by`);
export const PREPOSITIONS = set(`in on at to for from with by of about after before during over under into`);
/** Cues that only attribute with a document as subject or a that-clause ("Police found a body" is an event). */
export const FINDING_CUES = set(`find finds found show shows showed shown`);
/** "X was quoted / cited / heard / described as saying C". */
export const QUOTED_AS_VERBS = set(`quoted cited heard described`);
/** Auxiliaries of a passive cue: "was told by engineers". */
export const PASSIVE_AUX = set(`was were been being is are`);
/** "Among its key findings: C". */
export const FINDINGS_NOUNS = set(`findings conclusions recommendations`);
/** Determiners that refer back to a document just named: "its", "their", "the". */
export const REFERRING_DETERMINERS = set(`its their the`);
/** "call" is a cue with "for", a quotation, or "into question". */
export const CALL_VERBS = set(`call calls called`);
/** "told OUTLET": the object of "tell" may be the relaying outlet. */
export const TELL_VERBS = set(`told tells tell telling`);
/** "seen by OUTLET", "obtained by OUTLET": the outlet relays a document or a speaker. */
export const RELAY_PARTICIPLES = set(`seen obtained reviewed viewed quoted cited polled surveyed interviewed contacted`);
export const CLOSE_QUOTES = set(`” " »`);

// ---------------------------------------------------------------------------------------------
// Words source typing and coreference use (sources.ts).

/** Honorifics and role words that mark a woman. */
export const FEMALE_MARKS = set(`ms mrs miss madam dame lady queen princess sister spokeswoman chairwoman congresswoman`);
/** Honorifics and role words that mark a man. */
export const MALE_MARKS = set(`mr sir lord king prince father brother spokesman chairman congressman`);
/** Capitalised words that start sentences or name things other than people (case-sensitive). */
export const NOT_NAME = set(`
  The A An In On At But And Or If As When After Before This That These Those His Her Their Its It He
  She They We I Our My Your There What Why How Who Where While Although Though Despite Since During
  Among Some Many Several Most One Two Three Four Five Six Seven Eight Nine Ten First Last Next Still
  Yet However Meanwhile According Read Related Photo Video Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday January February March April May June July August September October November
  December Islamic Arab Muslim Christian Jewish Catholic North South East West Northern Southern
  Eastern Western Middle New Old Great United Republican Democratic Democrat Republicans Democrats
  Congress Senate House White Street Avenue Road Square Park River Lake Mount State States Nations
  Kingdom Union
`);
/** Words that make a phrase a clause, not a subject. */
export const BLOCKERS = set(`
  said told says wrote added isn't wasn't aren't weren't hasn't haven't doesn't didn't won't isn’t
  wasn’t aren’t weren’t hasn’t haven’t doesn’t didn’t won’t is are was were be been being has have had
  will would could can may might shall should must do does did not no nobody none nothing it there
  what who whom which whose where when why how that if because while although though than
`);
/** Post-modifying participles and adjectives that may follow a head noun inside a subject. */
export const POSTMOD = set(`
  released published issued seen obtained reviewed commissioned compiled prepared conducted familiar
  close briefed involved cited quoted speaking knowledgeable based led run funded backed aligned loyal
  linked polled surveyed interviewed contacted questioned consulted representing living working
  serving
`);
/** Prepositions that end a head noun ("reports [from U.S. media]"). */
export const PREPS = set(`of in within from at by on with for to including among inside outside near under over across about`);
/** Outlet words that are also ordinary nouns in institutions' names ("European Space Agency"). */
export const INSTITUTIONAL_MEDIA_WORDS = set(`agency network channel wire monitor standard`);
/** Outlet words that are also ordinary adjectives or nouns: media only as the head of a name. */
export const AMBIGUOUS_MEDIA = set(`independent observer sun standard express mail mirror globe monitor network channel agency press wire`);
/** Descriptors before an outlet's name: "broadcaster NTV", "the newspaper Le Monde". */
export const MEDIA_DESCRIPTORS = set(`broadcaster newspaper paper publication daily weekly magazine channel outlet tabloid network website radio television station broadsheet`);
/** Quantifiers that head an unnamed group ("some in the party"). */
export const QUANT_HEADS = set(`some many several others most few all both`);
/** Plural endings of groups named by nationality or affiliation ("Tunisians", "Islamists"). */
export const PLURAL_DEMONYM = /(?:ans|ians|ese|is|ists|ites|ers|ats)$/;
/** Capitalised words that make a name an institution, not a person ("United Nations", "Red Fork Nation"). */
export const INSTITUTION_NAME_WORDS = set(`United Nations States Kingdom Union Republic Nation Ministry House Council Court Party Front Army Bank Fund`);
/** "a report by / from X": X wrote the document. */
export const DOCUMENT_AUTHOR_PREPS = set(`by from`);
/** Before a role noun these make it one unnamed person: "a spokeswoman", "his lawyer". */
export const INDEFINITE_OR_POSSESSIVE = set(`a an another one his her their its our`);
/** "the source", "this official": a definite noun phrase that refers back. */
export const REFERRING_DETERMINERS_DEFINITE = set(`the this that`);
/** Words that end a speaker placed after its cue: "said a spokesperson when contacted by ...". */
export const SUBORDINATORS = set(`when while after before during because as since though although until once`);
/** Cues with which an outlet named after a speaker's cue only relays it: "..., the Record reported". */
export const RELAY_CUES = set(`reported reports wrote writes revealed`);
/** "told this newspaper", "told our paper": the publishing outlet. */
export const SELF_REFERENCE_DETERMINERS = set(`this our`);
/** The via name for "told us" when the article does not name its publisher. */
export const PUBLISHER_FALLBACK = 'the publishing outlet';
/**
 * Lines in which an article names its own publisher: "© 2026 The Dunmore Courier", "Copyright
 * 2026 Ledger Media", "By Lea Hart, The Dunmore Courier" / "By Lea Hart | Ashford Ledger".
 * Group 1 is the name.
 */
export const PUBLISHER_PATTERNS: readonly RegExp[] = [
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?)(?:[.,;]|\s+all rights reserved|\s*$)/iu,
  /^by\s+[^,|]{2,60}[,|]\s*((?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?)\s*$/u,
];
export const ARTICLES = set(`the a an`);
/** Prepositions that open a scene after a speaker ("said X in an email", "on Monday"), not part of the name. */
export const SCENE_PREPOSITIONS = set(`in on during after before to via`);
export const OPEN_QUOTES = set(`“ " «`);
/** Forms of "be" before a progressive cue: "advocates are urging". */
export const BE_FORMS = set(`is are was were be been being am`);
/** "add": "added to the list" is no speech. */
export const ADD_VERBS = set(`add adds added adding`);
/** Words that join the parts of one name: "Department of Health and Human Services". */
export const NAME_JOINERS = set(`of for`);
/** Lower-case words ending in -ly that are nouns, not adverbs. */
export const LY_NOUNS = set(`family supply assembly ally rally anomaly monopoly belly bully italy july fly reply`);
/** Cues that report a decision (check-worthiness: its "must"/"will" states the decision, not a forecast). */
export const DECISION_CUES = set(`ruled rules decided decides ordered orders agreed agrees approved approves voted votes`);

// ---------------------------------------------------------------------------------------------
// Check-worthiness features (checkworthiness.ts), after ClaimBuster's classes: checkable facts
// versus opinion, prediction and characterisation. Hand-written patterns, no learned weights.
/** Numbers and number words. */
export const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?|half|percent|zero)\b/i;
/** Case-sensitive on purpose: "May" is usually the month. */
export const MODAL = /\b(?:will|would|could|may|might|should|must|can|shall|won['’]t|going to|likely|unlikely|expected to|set to|plans? to|planned to|aims? to|intends? to|looming)\b|^(?:Will|Would|Could|Should|Must|Can)\b/;
/** First-person pronouns. */
export const FIRST_PERSON = /\b(?:I|we|my|our|us|me|I['’]m|we['’]re|I['’]ve|we['’]ve)\b/;
/** Opinion, stance and hedging words. */
export const OPINION = /\b(?:believe[sd]?|think|thinks|feel|feels|hope[sd]?|fear[sd]?|worr(?:y|ies|ied)|seem(?:s|ed)?|appear(?:s|ed)?|perhaps|probably|possibly|arguably|apparently|speculation|highlights|particularly|merely|simply|clearly|obviously|deserve[sd]?|ought|need(?:s|ed)? to|confident|frustrat\w*|distressing|alien|careless|best|worst|greatest|ideal|fan of|less about|more about|accuse[sd]?|saw|see[sn]?|view(?:s|ed)?|await\w*|oppose[sd]?|push(?:es)? for|resist|rift|interpret\w*)\b/i;
/** Evaluative adjectives and nouns ("a fiasco", "a travesty"): a judgement, not a checkable fact. */
export const EVALUATIVE = /\b(?:optimistic|pessimistic|unfair|unjust|wrong|dangerous|reckless|irresponsible|unacceptable|ridiculous|absurd|outrageous|shameful|disgraceful|disappointing|encouraging|worrying|troubling|alarming|historic|tremendous|terrible|horrible|wonderful|excellent|brilliant|disastrous|catastrophic|dirtiest|misguided|naive|cynical|hypocritical|dishonest|sensible|wise|foolish|crucial|vital|legitimate|illegitimate|dovish|hawkish|important|remarkable|extraordinary|shocking|unfortunate|regrettable|impressive|inexcusable|unforgivable|admirable|deplorable|injustice|disgrace|betrayal|travesty|scandalous|outrage|fiasco|debacle)\b/i;
/** Vows and pledges. */
export const VOW = /\b(?:vow(?:s|ed)?|promise[sd]?|pledge[sd]?|swore|vowing)\b/i;
/** Past events, not counting the reporting verb itself ("said" makes nothing checkable). */
export const PAST_EVENT = /\b(?:(?!(?:said|told|added|noted|argued|claimed|stated|reported|declared|insisted|warned|suggested|asked|wrote)\b)\w{3,}ed|was|were|had|has been|have been|did|won|lost|fled|killed|died|met|began|left|took|made|held|led|struck|stormed|seized|fought|hit|ran|sent|fell|rose|grew|spent|paid|sold|bought)\b/i;
/** Cues that frame the content as stance, reaction or forecast rather than fact. */
export const STANCE_CUE = /^(?:argue[sd]?|arguing|accuse[sd]?|believe[sd]?|think|thinks|thought|hope[sd]?|fear[sd]?|worr(?:y|ies|ied)|warn(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?|vow(?:s|ed)?|promise[sd]?|insist(?:s|ed)?|saw|see|sees|view(?:s|ed)?|call(?:s|ed)? .*question|condemn(?:s|ed)?|critici[sz](?:es|ed)?|prais(?:es|ed)|welcom(?:es|ed)|cheer(?:s|ed)?|bemoan(?:s|ed)?|lament(?:s|ed)?|slam(?:s|med)?|hail(?:s|ed)?|urg(?:es|ed|ing)|demand(?:s|ed|ing))$/i;
/**
 * Uncertainty about the fact itself ("it is unclear whether", "could not be verified"): the sentence
 * states what is not known, which nothing can check (the GUIDE's "speculation").
 */
export const HEDGE = /\b(?:(?:nobody|no one) (?:knows|knew)|unclear|uncertain|unknown whether|not (?:yet )?(?:clear|known)|not possible to (?:independently )?(?:verify|confirm)|could not (?:be )?(?:independently )?(?:verified|confirmed)|speculative|remains to be seen|rumou?red)\b/i;
/** What is needed or required: a normative statement ("the city needs a new plan"), not a fact. */
export const NORMATIVE = /\b(?:needs|(?:is|are|was|were) (?:badly |urgently )?needed)\b/i;
/**
 * Characterisation: naming or labelling something ("called it a disgrace", "described the plan as
 * reckless", "branded them traitors") is the GUIDE's "pure characterisation".
 */
export const CHARACTERISATION = /\b(?:call(?:s|ed|ing)? (?:it|this|that|them|him|her|the \w+) (?:a|an|the)\b|describ(?:e|es|ed|ing) (?:\S+ ){1,5}?as\b|labell?(?:ed|ing)|brand(?:ed|ing)|dubb(?:ed|ing))/i;
/**
 * A speaker's own feelings, reported as speech ("said he was very moved", "told reporters she felt
 * relieved"): an inner state no evidence can check. Only a pronoun subject, so the author reporting
 * someone's reaction ("the board was unhappy and fired the auditor") is not caught.
 */
export const FEELING = /\b(?:he|she|they|I|we)\s+(?:was|were|is|are|am|felt|feels?|had been)\s+["“']?(?:(?:very|deeply|so|really|extremely|truly|quite|not)\s+)?(?:moved|pleased|delighted|proud|saddened|shocked|disappointed|happy|unhappy|upset|thrilled|grateful|honou?red|heartbroken|devastated|relieved|excited|sad|glad)\b/i;
/**
 * A scheduled event: a firm future ("will", "is due to") with an act that is planned ahead (a visit,
 * a vote, an announcement) and a concrete time. The GUIDE counts events and dates as checkable; a
 * forecast ("prices will rise in March") has no such act and stays a prediction.
 */
export const SCHEDULED_ACT = /\b(?:will|(?:is|are) (?:expected|scheduled|due|set) to)\s+(?:(?:also|then|now|formally|officially)\s+)?(?:be\s+)?(?:visit|travel|meet|address|hold|held|host|hosted|attend|sign|signed|vote|announce|announced|release|released|publish|published|testify|speak|open|opened|close|closed|become|begin|start|take effect|resume|convene|land|arrive|depart|launch|launched|hear|heard)\b/i;
/** A concrete time for a scheduled event; "next year" is too vague to anchor one. */
export const TIME_ANCHOR = /\b(?:today|tonight|tomorrow|(?:later |earlier )?this (?:week|month|morning|afternoon|evening)|next (?:week|month)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** Hedged or conditional future: with one of these a planned act is still speculation. */
export const HEDGED_FUTURE = /\b(?:could|might|may|would|should|likely|unlikely|probably|possibly|perhaps|if)\b/;
/**
 * Words that open a relative, time or embedded question clause ("people who might have been
 * exposed", "until next of kin could be told", "did not say how many jobs would go"): a modal inside
 * one qualifies a noun, a time or an unanswered question, not the sentence's assertion.
 */
export const RELATIVE_OPENER = /\b(?:who|whom|whose|which|where|until|how|whether|why|what)\b/gi;
/** Speculative modals and adverbs: a figure in "prices could rise 5 percent in 2025" is a guess, not a measurement. */
export const SPECULATIVE = /\b(?:could|might|may|likely|unlikely|probably|possibly|perhaps)\b/;
/** Cues that frame the content as a forecast ("officials expect the bridge to open in 2027"): its figures are a guess. */
export const FORECAST_CUE = /^(?:expect(?:s|ed)?|predict(?:s|ed)?|forecasts?|anticipate[sd]?)$/i;
/** Dates relative to the article's day ("yesterday", "last month", "earlier this year"): still a date to check. */
export const RELATIVE_DATE = /\b(?:yesterday|last (?:week|month|year|night|spring|summer|autumn|fall|winter)|(?:earlier |later )?this (?:year|month|week))\b/i;
/** Ordinals count something ("the third attack this year"); "first" is left out, it is too often a manner word. */
export const ORDINAL = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth)\b/i;
/** A refusal ("would not say", "could not confirm"): the GUIDE's settled case, a checkable fact; its modal is no forecast. */
export const REFUSAL = /\b(?:(?:would|could|will|can)\s+not|wouldn['’]t|couldn['’]t|won['’]t|can['’]t|cannot)\s+(?:say|comment|confirm|disclose|reveal|discuss|respond|elaborate|specify|identify)\b/gi;
/** Finite verbs, to tell a sentence from a fragment. */
export const FINITE_VERB = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|\w{3,}ed|says|said|told|got|gets|made|makes|took|takes|went|goes|came|comes|gave|gives|saw|sees|needs|wants|meets|runs|wins|loses|leads|holds|keeps|shows|seems|[a-z]{3,}s\s+(?:that|to|the|a|an)|isn|wasn|aren|weren|hasn|haven|didn|doesn|won)\b/i;

// ---------------------------------------------------------------------------------------------
// Segmentation (segment.ts, extract.ts, duplicates.ts).

/**
 * Boilerplate words that only count as furniture when followed by a colon ("Map: ...") or when the
 * line is short, so a body sentence that merely starts with "Video shows ..." is kept.
 */
export const COLON_FURNITURE = /^(?:related|watch|listen|video|photo|image|map|graphic|chart|credit|source|read|see also|more|also read|opinion|explainer|live|breaking|update|editor'?s note)\s*:/i;
/** Words after a dotted acronym ("U.S.") that show a new sentence has begun (case-sensitive). */
export const STARTERS = set(`The A An It He She They We I But And In On At This That These Those His Her Their Its There What When After Before As If Some Many Officials Still Yet However Meanwhile Now Then So Mr Mrs Ms Dr`);
/** Titles whose full stop never ends a sentence. */
export const TITLE_ABBREVIATIONS = set(`mr mrs ms dr sen rep gov gen lt col capt sgt rev prof st messrs hon pres supt det insp cmdr adm maj brig cpl pvt`);
/** Words the duplicate test ignores. */
export const DUPLICATE_STOP_WORDS = set(`the a an of in on at to for and or with from by is was were are be been has have had that this it its he she they said says told`);
/** "CAIRO —", "WASHINGTON (Reuters) -": a dateline is not part of the claim. */
export const DATELINE = /^(?:\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:\([^)]{1,40}\))?\s*(?:—|–|--|-)\s+|\p{Lu}[\p{L}\s.,'’-]{1,40}\((?:CNN|AP|AFP|Reuters|Bloomberg|UPI|dpa|Xinhua)[^)]{0,20}\)\s*(?:—|–|--|-)?\s*)/u;
