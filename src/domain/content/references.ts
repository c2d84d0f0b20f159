/**
 * Every source the app cites. Content refers to these by id; the About view lists them.
 * Entries flagged `uncertain` have a secondary source, unconfirmed authors, an atypical population,
 * or a normalisation other than %MVIC (see each note).
 */
export interface Reference {
  /** Authors (or a description where the authors were not captured), year, title and journal. */
  citation: string;
  url?: string;
  /** What this source contributes here, and any caveat. */
  note?: string;
  uncertain?: boolean;
  /** One of the article's own six references. */
  fromArticle?: boolean;
}

export const REFERENCES = {
  'akhtar-2017': {
    citation:
      'Akhtar MW, Karimi H, Gilani SA (2017). Pak J Med Sci 33(4):1002–1006. Randomised trial: core stabilisation versus routine therapy for chronic non-specific low back pain.',
    fromArticle: true,
  },
  'suh-2019': {
    citation:
      'Suh JH, et al. (2019). Medicine (Baltimore) 98(26):e16173. Randomised trial: lumbar stabilisation with walking for chronic low back pain.',
    fromArticle: true,
  },
  'green-2002': {
    citation:
      'Green JP, Grenier SG, McGill SM (2002). Med Sci Sports Exerc 34(7):1076–1081. How warming up and sitting on a bench change low-back stiffness in athletes.',
    fromArticle: true,
  },
  'lee-kang-2016': {
    citation:
      'Lee JS, Kang SJ (2016). J Exerc Rehabil 12(5):463–470. Strength training plus walking in people with chronic back pain: lumbar function, pain and body composition.',
    fromArticle: true,
  },
  'amit-2013': {
    citation:
      'Amit K, Manish G, Taruna K (2013). International Research Journal of Medical Sciences 1(1), pages 23–26. Trunk stabilisation versus general exercise for recurring non-specific low back ache.',
    fromArticle: true,
  },
  'waxenbaum-lumbar-vertebrae': {
    citation: 'Waxenbaum JA, Reddy V, Williams C, Futterman B. Anatomy, Back, Lumbar Vertebrae. StatPearls.',
    fromArticle: true,
  },
  'cook-baker-2021': {
    citation:
      'Cook WH, Baker JF (2021). Int J Spine Surg 15(6):1072–1081, Table 6: CT morphometry of L5 in 196 New Zealand patients.',
    url: 'http://ijssurgery.com/content/15/6/1072',
  },
  'li-2003-transverse-process': {
    citation:
      'Li B, Jiang B, et al. (2003). A morphological study of lumbar transverse process (CT, 100 vertebrae). doi:10.3969/j.issn.2095-252x.2003.02.008.',
    note: 'Abstract only; approximate lengths.',
    uncertain: true,
  },
  'wang-2012-endplates': {
    citation: 'Wang Y, Battié MC, Videman T (2012). Eur Spine J 21(11):2316–2323: laser scans of 591 lumbar endplates.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3481085',
  },
  'eur-spine-2010-morphometry': {
    citation:
      'Lumbar vertebral morphometry in 240 adults aged 20–80 (authors not captured). Eur Spine J 2010;19(5):768–773, doi:10.1007/s00586-009-1256-6, Table 1.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2899959',
    note: 'Spinous-process thickness ratios, body wedging, interfacet width ratios.',
  },
  'iran-disc-mri': {
    citation:
      'Measuring dimensions of lumbar intervertebral discs in normal subjects (MRI, 14 adults aged 40–59; authors not captured). anatomyjournal.ir record A-10-159-1.',
    note: 'Small sample (n = 14).',
    uncertain: true,
  },
  'medicine-2014-disc': {
    citation:
      'In vivo morphological features of human lumbar discs (MRI, 41 young adults; authors not captured). Medicine (Baltimore) 2014.',
    note: 'Abstract only: nucleus height and share of disc length.',
    uncertain: true,
  },
  'lordosis-cohort-627': {
    citation:
      'Standing and recumbent lumbar lordosis in 627 healthy volunteers (prospective cohort; authors not captured). PMC6680033.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6680033',
  },
  'sci-rep-2022-segmental-lordosis': {
    citation:
      'Segmental lumbar lordosis in 324 asymptomatic adults (authors not captured). Sci Rep 2022, doi:10.1038/s41598-022-21840-x, Table 2.',
  },
  'pearcy-1984': {
    citation:
      'Pearcy MJ, Portek I, Shepherd J (1984). Spine 9(3):294–297: in-vivo biplanar radiography of lumbar flexion and extension.',
  },
  'pearcy-1985': {
    citation: 'Pearcy MJ (1985). Stereo radiography of lumbar spine motion. Acta Orthop Scand Suppl (abstract).',
  },
  'bmc-msd-2008-regional': {
    citation:
      'Regional differences in lumbar spinal posture and the influence of low back pain (authors believed to be Mitchell T, O’Sullivan PB et al.). BMC Musculoskelet Disord 2008, 9:152, Table 3.',
    note: 'Author names not confirmed.',
    uncertain: true,
  },
  'christophy-2012': {
    citation:
      'Christophy M, Faruk Senan NA, Lotz JC, O’Reilly OM (2012). A musculoskeletal model for the lumbar spine. Biomech Model Mechanobiol 11:19–34. doi:10.1007/s10237-011-0290-6.',
    note: 'OpenSim model Lumbar_C_210 / C_238: joint centres, fascicle attachments, flexion share per level, model limits. A model, not a measurement.',
  },
  'bogduk-1980': {
    citation: 'Bogduk N (1980). J Anat 131:525–540: anatomy of the lumbar erector spinae.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1233250',
  },
  'bogduk-1982': {
    citation: 'Bogduk N, Wilson AS, Tynan W (1982). J Anat 134:383–397: the lumbar dorsal rami and what they supply.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/7076562/',
  },
  'bogduk-clinical-anatomy': {
    citation:
      'Bogduk N. Clinical Anatomy of the Lumbar Spine and Sacrum, chapter 9: The lumbar muscles and their fasciae.',
  },
  'bmc-msd-2020-multifidus': {
    citation:
      'Multifidus attachments after Bogduk 1992 and Creze 2017, as tabulated in BMC Musculoskelet Disord 2020, s12891-020-03257-7, Table 2.',
  },
  'educational-anatomy-pages': {
    citation:
      'Educational anatomy pages (ditki, getbodysmart, anatomic.us, physicaliq, brainscape and similar) for origins, insertions and nerve roots of muscles outside the erector spinae.',
    note: 'Secondary sources; nerve-root levels differ between them where marked.',
    uncertain: true,
  },
  'pmc6323186-deadlift-rdl': {
    citation:
      'Conventional versus Romanian deadlift EMG in 21 men at 70% of RDL 1RM (authors not captured). PMC6323186.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6323186',
    note: 'Normalised to the peak of a submaximal dynamic contraction, not to MVIC.',
    uncertain: true,
  },
  'andersen-2018': {
    citation:
      'Andersen V, et al. (2018). J Strength Cond Res 32(3):587–593: barbell deadlift, hex-bar deadlift and hip thrust at 1RM in 13 trained men.',
    note: 'Relative differences only.',
  },
  'pmc10124728-rdl-variants': {
    citation:
      'Romanian deadlift versus cable pull-through versus reverse hyperextension at 50% 1RM (authors not captured). PMC10124728.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10124728/',
    note: 'Abstract only; differences in %MVIC points.',
  },
  'coratella-2022': {
    citation:
      'Coratella G, et al. (2022). Int J Environ Res Public Health 19(3):1903: step-RDL, RDL and stiff-leg deadlift at 80% 1RM in 10 bodybuilders.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8835508',
    note: 'Relative comparisons only.',
  },
  'mcallister-2014': {
    citation:
      'McAllister MJ, et al. (2014). J Strength Cond Res 28(6):1573–1580: leg curl, good morning, glute-ham raise and RDL at 85% 1RM in 12 trained men.',
    note: 'Hamstring activity highest in the RDL and glute-ham raise; %MVIC values not reached.',
  },
  'vigotsky-2015': {
    citation:
      'Vigotsky AD, Harper EN, Ryan DR, Contreras B (2015). PeerJ 3:e708: good mornings at 50–90% 1RM in 15 trained men.',
    url: 'https://peerj.com/articles/708/',
  },
  'fenwick-2009': {
    citation:
      'Fenwick CMJ, Brown SHM, McGill SM (2009). J Strength Cond Res 23(2):350–358: trunk muscle activity and lumbar load in three rowing exercises.',
    note: 'Abstract only: the bent-over row gave the largest lumbar load of the rows tested.',
  },
  'da-silva-2009': {
    citation:
      'da Silva RA, et al. (2009). J Rehabil Med 41(3): back and hip muscle activity on a 45° Roman chair in 22 adults.',
    url: 'https://medicaljournals.se/jrm/content/html/10.2340/16501977-0305',
  },
  'konrad-2001': {
    citation:
      'Neuromuscular activation profiles of trunk muscles in gymnastic strength exercises (believed to be Konrad P, Schmitz K, Denner A 2001, J Athl Train 36(2):109–118). PMC155519.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC155519',
    note: 'Bibliographic details not confirmed.',
    uncertain: true,
  },
  'mcgill-marshall-2012': {
    citation:
      'McGill SM, Marshall LW (2012). J Strength Cond Res 26(1):16–27: muscle activity and spine load in the kettlebell swing.',
  },
  'van-gelder-2015': {
    citation:
      'Van Gelder LH, Hoogenboom BJ, Alonzo B, Briggs D, Hatzel B. Int J Sports Phys Ther 10:811: two- and one-handed kettlebell swings in 23 adults.',
    note: 'Average of peak %MVIC; large standard deviations.',
  },
  'pmc6801665-patients': {
    citation:
      'Trunk muscle activity in 13 patients with non-specific low back pain during common exercises (authors not captured). PMC6801665.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6801665',
    note: 'Patients, not healthy adults: medians with interquartile ranges.',
    uncertain: true,
  },
  'yoo-2018': {
    citation: 'Yoo WG (2018). J Phys Ther Sci 30:289 (PMC5851365): abdominal activity in supine leg raising, 10 men.',
    note: 'Qualitative only.',
  },
  'sports-2023-bird-dog': {
    citation:
      'Standing bird dog (Salamanca group). Sports 2023, 11(6):119, Introduction: range of published %MVIC values for the quadruped bird dog.',
    url: 'https://mdpi.com/2075-4663/11/6/119',
  },
  'ekstrom-2007': {
    citation:
      'Ekstrom RA, Donatelli RA, Carp KC (2007). J Orthop Sports Phys Ther 37(12):754–762: trunk and hip EMG in rehabilitation exercises, 30 healthy adults; values as tabulated in Int J Sports Phys Ther 2014;9(2):157–167, Table 2.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4004121/table/T2/',
  },
  'ijspt-2014-review': {
    citation: 'Int J Sports Phys Ther 2014;9(2):157–167, Table 2: gluteal %MVIC ranges across studies.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4004121/table/T2/',
  },
  'contreras-2015': {
    citation: 'Contreras B, et al. (2015). J Appl Biomech 31:452–458: hip thrust versus back squat at 10RM.',
  },
  'schellenberg-2013': {
    citation:
      'Kinetic and kinematic differences between deadlifts and goodmornings (first author believed to be Schellenberg F). BMC Sports Sci Med Rehabil 2013, 5:27. doi:10.1186/2052-1847-5-27.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3878967',
    note: 'Author names not confirmed.',
    uncertain: true,
  },
  'escamilla-2000': {
    citation:
      'Escamilla RF, et al. (2000). Med Sci Sports Exerc 32(7):1265–1275: sumo and conventional deadlifts in competition.',
  },
  'winter-2009': {
    citation:
      'Winter DA (2009). Biomechanics and Motor Control of Human Movement, 4th ed. Wiley. Chapter 4, Fig. 4.1: body segment lengths as fractions of body height (after Drillis & Contini 1966).',
    note: 'Bind-pose heights and limb lengths of the 1.75 m figure: hip 0.530H, knee 0.285H, ankle 0.039H, shoulder 0.818H, chin 0.870H, upper arm 0.186H, forearm 0.146H, hand 0.108H, foot 0.152H. The figure is an image; the fractions were checked against several independent reproductions, not the printed page.',
    uncertain: true,
  },
  'ultrasound-thickness': {
    citation: 'Ultrasound thickness of trunk muscles in healthy adults (authors not captured). brieflands mejrh-91039.',
    url: 'https://brieflands.com/articles/mejrh-91039.html',
    uncertain: true,
  },
  'qpercom-erector-spinae': {
    citation:
      'Summary of Bogduk’s description of the lumbar erector spinae, with Gray’s description of spinalis thoracis (qpercom.com, secondary).',
    url: 'https://www.qpercom.com/sim/?p=627',
    note: 'Secondary summary: rib levels of iliocostalis pars thoracis and the spinalis attachments.',
    uncertain: true,
  },
  'bjj-spinous-process-ct': {
    citation:
      'Lumbar spinous-process dimensions on 200 CT scans (authors not captured). Bone Joint J Orthop Proc 93-B Supp IV (abstract); full paper PMC3337914.',
    url: 'https://boneandjoint.org.uk/Article/10.1302/0301-620X.93BSUPP_IV.0930488a',
    note: 'Smallest spinous process at L5; sex and age differences in size.',
  },
  'facet-orientation-qa': {
    citation:
      'What is the orientation of the lumbar facet joints? (kembrel.com question-and-answer page; original study not named).',
    url: 'https://www.kembrel.com/students-life/what-is-the-orientation-of-the-lumbar-facet-joints/',
    note: 'Secondary and uncited: facet angles to the midsagittal plane, T12–L2 versus L3–L5.',
    uncertain: true,
  },
  'rofo-1997-disc-height': {
    citation: 'Lumbar disc height in 146 men and 65 women (authors not captured). RöFo 1997;167(1):11 (abstract).',
    note: 'Qualitative pattern only: height rises to L4/L5 and is level or lower at L5/S1.',
  },
  'oman-med-j-sacrum': {
    citation: 'Sacral morphometry of 78 normal female sacra (authors not captured). Oman Med J, PMC5799488, Table 2.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5799488/table/t2',
    note: 'Women only.',
  },
  'korean-ct-sacrum': {
    citation: 'Sacral dimensions on post-mortem CT of 29 Korean adults (authors not captured).',
    url: 'https://www.biocloudy.com/literatureDetail/NTQyNTY5MA==',
    note: 'Small sample; medians.',
    uncertain: true,
  },
  'saluja-2018': {
    citation: 'Saluja S, et al. (2018). J Clin Diagn Res 12(6):AC01–AC06: measurements of 108 dry Indian sacra.',
    url: 'http://www.jcdr.net/article_abstract.asp?issn=0973-709x&year=2018&month=June&volume=12&issue=6&page=AC01-AC06&id=11661',
  },
  'eur-spine-2011-sacropelvic': {
    citation:
      'Age- and sex-related variations in sagittal sacropelvic morphology and balance in 709 asymptomatic adults (University of Montreal group; first author believed to be Mac-Thiong J-M). Eur Spine J 2011;20 Suppl 5:572–577.',
    url: 'https://www.ncbi.nlm.nih.gov/pubmed/21833574',
    note: 'Author names not confirmed. Ranges are mean ± 2 SD.',
    uncertain: true,
  },
  'boulay-2006': {
    citation:
      'Boulay C, et al. (2006). Eur Spine J 15(4):415–422: pelvic incidence and spinal alignment in 149 healthy adults aged 19–50.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3489325',
  },
  'pmc5859489-review': {
    citation: 'Review of the sagittal pelvic parameters (authors not captured). PMC5859489.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5859489',
    note: 'The identity PI = SS + PT and the normal spread of PI.',
  },
  'chen-2019-pelvic-incidence': {
    citation: 'Chen HF, et al. (2019). J Orthop Surg Res 14:13: pelvic incidence measured on 3D CT.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6329060',
  },
  'legaye-1998': {
    citation:
      'Legaye J, Duval-Beaupère G, Hecquet J, Marty C (1998). Eur Spine J 7(2):99–103: the definition of pelvic incidence.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3611230',
    note: 'Defines pelvic incidence; cited here for the definition only.',
  },
} as const satisfies Record<string, Reference>;

export type ReferenceId = keyof typeof REFERENCES;

/** True when the string names a listed reference. */
export function isReferenceId(id: string): id is ReferenceId {
  return Object.hasOwn(REFERENCES, id);
}
