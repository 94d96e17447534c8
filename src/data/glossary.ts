/**
 * One glossary word. `id` is its public anchor, on its letter page (/glossary/m-p/#parity) and in the A to Z list
 * (/glossary/#parity); it never changes.
 */
export interface GlossaryEntry {
  id: string;
  /** The word or abbreviation as readers meet it, e.g. "PHP". */
  term: string;
  /** The abbreviation spelled out, when `term` is one, e.g. "partial hospitalization program". */
  expansion?: string;
  /** One to three plain sentences, grade 8 or below, no number that FACTS.md gives as hours, cost or length. */
  definition: string;
  /** Ids of other entries worth reading next. */
  see?: string[];
}

export const glossary: GlossaryEntry[] = [
  {
    id: "aca",
    term: "ACA",
    expansion: "Affordable Care Act",
    definition:
      "A US health law. Health plans sold to people and small businesses must cover care for mental health and substance use. These are among the basic benefits the law says every such plan must have.",
    see: ["parity", "medicaid"],
  },
  {
    id: "ada",
    term: "ADA",
    expansion: "Americans with Disabilities Act",
    definition:
      "A US law against unfair treatment of people with disabilities, at work and elsewhere. It can protect people in treatment or recovery, and people who take prescribed medicine for opioid use disorder. It does not protect current illegal drug use.",
    see: ["fmla", "moud"],
  },
  {
    id: "accreditation",
    term: "Accreditation",
    definition:
      "A review by an outside group that checks a program against set rules for safety and quality. A program that passes is called accredited. Two groups that do this for treatment programs are CARF and The Joint Commission.",
    see: ["carf", "joint-commission"],
  },
  {
    id: "aftercare",
    term: "Aftercare",
    definition:
      "Another word for continuing care. It means the support you set up to keep going after a program ends.",
    see: ["continuing-care", "mutual-support", "recovery-housing"],
  },
  {
    id: "asam",
    term: "ASAM",
    expansion: "American Society of Addiction Medicine",
    definition:
      "A group of doctors and other health workers who treat addiction. It writes the ASAM Criteria, a guide many programs and health plans use to match people to care.",
    see: ["asam-criteria", "level-of-care"],
  },
  {
    id: "asam-criteria",
    term: "ASAM Criteria",
    definition:
      "A guide that clinicians and health plans use to choose a level of care. It looks at your needs in six areas, such as withdrawal, health, mental health, risks and home life. The 4th edition, from 2023, is the current one, but some plans still use names from the 3rd.",
    see: ["asam", "level-of-care", "assessment"],
  },
  {
    id: "assessment",
    term: "Assessment",
    definition:
      "Questions and checks a clinician uses to learn about your health, substance use, mood, safety and daily life. The answers help the clinician suggest a level of care and build your plan with you.",
    see: ["clinician", "asam-criteria", "treatment-plan"],
  },
  {
    id: "benzodiazepine",
    term: "Benzodiazepine",
    definition:
      "A kind of sedative medicine for anxiety, sleep or seizures, such as alprazolam, diazepam or lorazepam. People call them benzos. After daily use, stopping all at once can cause seizures, so a doctor plans the stop.",
    see: ["sedative", "withdrawal-management"],
  },
  {
    id: "buprenorphine",
    term: "Buprenorphine",
    definition:
      "A medicine for opioid use disorder. It eases cravings and withdrawal and lowers the risk of dying from an overdose. Many kinds of clinicians can prescribe it, so you may get it at a clinic or a doctor's office.",
    see: ["moud", "methadone", "naloxone"],
  },
  {
    id: "carf",
    term: "CARF",
    expansion: "Commission on Accreditation of Rehabilitation Facilities",
    definition:
      "A nonprofit group that reviews health and human service programs, such as addiction and mental health care. It accredits the ones that meet its standards.",
    see: ["accreditation", "joint-commission"],
  },
  {
    id: "case-management",
    term: "Case management",
    definition:
      "Help with daily needs that can affect your recovery. These include housing, work, money, rides, child care and legal issues. A case manager links you to services near you.",
    see: ["continuing-care"],
  },
  {
    id: "cbt",
    term: "CBT",
    expansion: "cognitive behavioral therapy",
    definition:
      "A talk therapy that helps you spot thoughts and habits that work against you. You then practice new ways to think, cope and act. Many IOPs use it in groups and one-to-one.",
    see: ["dbt", "evidence-based"],
  },
  {
    id: "clinician",
    term: "Clinician",
    definition:
      "A trained health worker with a license to care for patients. Doctors, nurses, counselors, social workers and psychologists are all clinicians.",
    see: ["assessment"],
  },
  {
    id: "co-occurring",
    term: "Co-occurring conditions",
    definition:
      "Having a substance use disorder and a mental health condition at the same time. An example is alcohol use disorder with depression. Many programs treat both together.",
    see: ["substance-use-disorder", "ptsd"],
  },
  {
    id: "coinsurance",
    term: "Coinsurance",
    definition:
      "Your share of the cost of covered care, counted as a percent of the bill. It usually starts after you have paid your deductible. The plan pays the rest.",
    see: ["deductible", "copay", "out-of-pocket-maximum"],
  },
  {
    id: "confidentiality",
    term: "Confidentiality",
    definition:
      "Keeping what you share in treatment private. Programs may share your information only as the law allows, most often with your written consent. Ask a program who can see your records.",
    see: ["part-2", "hipaa"],
  },
  {
    id: "contingency-management",
    term: "Contingency management",
    definition:
      "A method that gives small rewards, such as vouchers or prizes, when you reach a goal. Goals can be a negative drug test or coming to every session. The rewards help new habits take hold.",
    see: ["evidence-based"],
  },
  {
    id: "continuing-care",
    term: "Continuing care",
    definition:
      "Support after a program ends that helps you keep your progress. It may mean therapy visits, check-ins, medicine, support groups or recovery housing. It is also called aftercare.",
    see: ["aftercare", "step-down", "mutual-support"],
  },
  {
    id: "copay",
    term: "Copay",
    definition:
      "A set amount you pay each time you get a covered service, such as a visit or a program day. Your plan pays the rest of the bill.",
    see: ["coinsurance", "deductible"],
  },
  {
    id: "dbt",
    term: "DBT",
    expansion: "dialectical behavior therapy",
    definition:
      "A talk therapy that teaches skills to handle strong feelings, get through a crisis and get along with others. It mixes accepting yourself with working to change. Many mental health IOPs use it.",
    see: ["cbt"],
  },
  {
    id: "deductible",
    term: "Deductible",
    definition:
      "The amount you pay for covered care each plan year before your health plan starts to pay its share.",
    see: ["coinsurance", "copay", "out-of-pocket-maximum"],
  },
  {
    id: "delirium-tremens",
    term: "Delirium tremens (DTs)",
    definition:
      "A dangerous state that can come when someone stops drinking after heavy daily use: shaking, confusion, fever and seeing things that are not there. It can kill, so it needs emergency care. A doctor plans the stop to prevent it.",
    see: ["withdrawal-management", "sedative"],
  },
  {
    id: "detox",
    term: "Detox",
    definition:
      "An everyday word for withdrawal management. It means care that helps your body get through withdrawal safely. For opioids, detox alone is not treatment: medicine such as buprenorphine or methadone is safer.",
    see: ["withdrawal-management", "moud"],
  },
  {
    id: "dual-diagnosis",
    term: "Dual diagnosis",
    definition:
      "An everyday name for co-occurring conditions: a mental health condition and a substance use disorder at the same time. Many IOPs treat both together.",
    see: ["co-occurring"],
  },
  {
    id: "evidence-based",
    term: "Evidence-based",
    definition:
      "Backed by good research that shows a method helps people. Many IOPs use such methods. CBT is one example.",
    see: ["cbt", "motivational-interviewing", "contingency-management"],
  },
  {
    id: "fentanyl",
    term: "Fentanyl",
    definition:
      "A very strong opioid. Made illegally, it is in much of the street drug supply, even in fake pills that look like real ones. It causes most overdose deaths in the US.",
    see: ["overdose", "naloxone"],
  },
  {
    id: "family-therapy",
    term: "Family therapy",
    definition:
      "Sessions that bring in family or other people close to you. You learn about the condition together. You talk through problems and find ways to support recovery.",
    see: ["group-therapy", "individual-therapy", "psychoeducation"],
  },
  {
    id: "fmla",
    term: "FMLA",
    expansion: "Family and Medical Leave Act",
    definition:
      "A US law that lets eligible workers take unpaid, job-protected leave for a serious health condition, all at once or a few hours at a time. Treatment for substance use can count; time off because of use does not.",
    see: ["ada"],
  },
  {
    id: "findtreatment",
    term: "FindTreatment.gov",
    definition:
      "A free, private website from SAMHSA that lists licensed treatment places in the US. You can search by type of care and by how you pay, such as Medicaid, Medicare or a sliding scale.",
    see: ["samhsa", "sliding-scale"],
  },
  {
    id: "group-therapy",
    term: "Group therapy",
    definition:
      "Therapy in a small group led by a trained counselor. Members share, learn skills and back each other up. It is the heart of most IOPs.",
    see: ["individual-therapy", "family-therapy"],
  },
  {
    id: "hiop",
    term: "High-intensity outpatient care",
    definition:
      "What the current, 4th edition of the ASAM Criteria calls level 2.5: a program with more hours than an IOP, most of the day, while you live at home. It is often shortened to HIOP. Many programs and plans still call it a partial hospitalization program (PHP).",
    see: ["php", "iop", "asam-criteria"],
  },
  {
    id: "hipaa",
    term: "HIPAA",
    expansion: "Health Insurance Portability and Accountability Act",
    definition:
      "A US law that protects health records and sets rules on who may see them. Records of substance use treatment have extra protection under 42 CFR Part 2.",
    see: ["part-2", "confidentiality"],
  },
  {
    id: "in-network",
    term: "In-network",
    definition:
      "A program or clinician that has a contract with your health plan. In-network care usually costs you less than care outside the network.",
    see: ["out-of-pocket-maximum", "prior-authorization"],
  },
  {
    id: "individual-therapy",
    term: "Individual therapy",
    definition:
      "One-to-one time with a counselor or therapist. You work on your own goals, worries and plan.",
    see: ["group-therapy", "family-therapy"],
  },
  {
    id: "inpatient",
    term: "Inpatient care",
    definition:
      "Care where you stay day and night in a hospital or medical unit. Doctors and nurses are close by at all times. It is used for needs such as risky withdrawal or a mental health crisis.",
    see: ["residential", "withdrawal-management", "level-of-care"],
  },
  {
    id: "intake",
    term: "Intake",
    definition:
      "Your first contact or visit with a program. Staff take your details, check your insurance and often start your assessment.",
    see: ["assessment"],
  },
  {
    id: "iop",
    term: "IOP",
    expansion: "intensive outpatient program",
    definition:
      "A treatment program for substance use or mental health conditions that you take part in while you live at home. You go to sessions for a few hours on several days each week. It gives more care than weekly therapy and less than a partial hospitalization program.",
    see: ["php", "outpatient", "level-of-care"],
  },
  {
    id: "joint-commission",
    term: "Joint Commission",
    definition:
      "A nonprofit group that checks hospitals and other health programs, including those for mental health and substance use. It accredits the ones that meet its standards. Its full name is The Joint Commission.",
    see: ["accreditation", "carf"],
  },
  {
    id: "level-of-care",
    term: "Level of care",
    definition:
      "How much treatment you get and where you get it. Levels range from a few hours a week in an office to care around the clock in a hospital. A clinician's assessment helps decide which level fits you now.",
    see: ["asam-criteria", "step-down", "step-up"],
  },
  {
    id: "mat",
    term: "MAT",
    expansion: "medication for addiction treatment",
    definition:
      "Using medicine to treat opioid or alcohol use disorder. Counseling and other care go with it. Some places still use the old name, medication-assisted treatment.",
    see: ["moud", "naltrexone"],
  },
  {
    id: "medicaid",
    term: "Medicaid",
    definition:
      "Public health coverage for people with low incomes. Each state runs its own program with federal help. Most states cover IOPs, but the rules differ from state to state.",
    see: ["medicare", "aca"],
  },
  {
    id: "medicare",
    term: "Medicare",
    definition:
      "Federal health insurance for people 65 or older and some younger people who have a disability. Medicare now covers IOPs in some settings. A doctor must confirm that you need that much care.",
    see: ["medicaid", "opioid-treatment-program"],
  },
  {
    id: "methadone",
    term: "Methadone",
    definition:
      "A medicine for opioid use disorder. It eases cravings and withdrawal. For this use, you get it at an opioid treatment program, a clinic with special approval.",
    see: ["moud", "opioid-treatment-program", "buprenorphine"],
  },
  {
    id: "motivational-interviewing",
    term: "Motivational interviewing",
    definition:
      "A way of talking that helps you find your own reasons to change. The counselor listens and asks open questions instead of lecturing or pushing.",
    see: ["cbt", "evidence-based"],
  },
  {
    id: "moud",
    term: "MOUD",
    expansion: "medicine for opioid use disorder",
    definition:
      "Medicines that treat opioid use disorder. The main ones are methadone, buprenorphine and naltrexone. They ease cravings and withdrawal, or block the high, and they lower the risk of dying from an overdose.",
    see: ["methadone", "buprenorphine", "naltrexone", "naloxone"],
  },
  {
    id: "mutual-support",
    term: "Mutual-support groups",
    definition:
      "Free groups where people with shared experience help each other. Some follow twelve steps and some do not. They are not treatment, but many people find them a help during and after a program.",
    see: ["peer-support", "continuing-care"],
  },
  {
    id: "naloxone",
    term: "Naloxone",
    definition:
      "A medicine that can reverse an opioid overdose and save a life. Narcan is one brand. The nasal spray is sold without a prescription. Anyone can give it, but still call 911.",
    see: ["overdose", "fentanyl", "moud"],
  },
  {
    id: "naltrexone",
    term: "Naltrexone",
    definition:
      "A medicine that blocks the effects of opioids and can lower the urge to drink. It treats opioid use disorder and alcohol use disorder. For opioids, you need to be free of them for a time before you start it.",
    see: ["moud", "mat"],
  },
  {
    id: "opioid-treatment-program",
    term: "OTP",
    expansion: "opioid treatment program",
    definition:
      "A clinic with a special license to treat opioid use disorder. It can give methadone and other medicines. Many also offer counseling, and some run IOPs.",
    see: ["methadone", "moud"],
  },
  {
    id: "out-of-pocket-maximum",
    term: "Out-of-pocket maximum",
    definition:
      "The most you have to pay for covered care in a plan year. Once you reach it, your plan pays the full cost of covered care for the rest of that year.",
    see: ["deductible", "coinsurance", "copay"],
  },
  {
    id: "outpatient",
    term: "Outpatient care",
    definition:
      "Treatment you get while you live at home, such as therapy or medicine visits. Standard outpatient care means fewer hours each week than an IOP.",
    see: ["iop", "level-of-care"],
  },
  {
    id: "overdose",
    term: "Overdose",
    definition:
      "Taking more of a drug than the body can handle. With opioids, breathing slows or stops. Signs are very small pupils, not waking up, slow or no breathing, and blue or gray lips. Call 911 and give naloxone.",
    see: ["naloxone", "fentanyl"],
  },
  {
    id: "parity",
    term: "Parity",
    definition:
      "Parity means equal treatment. By US law, plans that cover mental health and substance use care may not limit it more than medical care. This goes for costs, like copays, and for limits, like caps on visits.",
    see: ["aca", "prior-authorization"],
  },
  {
    id: "part-2",
    term: "Part 2 (42 CFR Part 2)",
    definition:
      "A federal rule that protects records of substance use treatment more strictly than other health records. A program usually needs your written consent to share them, and they may not be used against you in court without your consent or a court order.",
    see: ["hipaa", "confidentiality"],
  },
  {
    id: "patient-brokering",
    term: "Patient brokering",
    definition:
      "Paying someone, or giving gifts, to bring people into a treatment program. Offers can include cash, free travel or free rent. It is often against the law, and any such offer is a warning sign.",
    see: ["accreditation"],
  },
  {
    id: "peer-support",
    term: "Peer support",
    definition:
      "Help from a trained person who has lived through recovery. A peer worker shares what helped them and helps you find support near you.",
    see: ["mutual-support"],
  },
  {
    id: "php",
    term: "PHP",
    expansion: "partial hospitalization program",
    definition:
      "A program where you spend most of the day in treatment on most weekdays and go home at night. It gives more care than an IOP and less than inpatient care. The newest ASAM Criteria call it high-intensity outpatient care.",
    see: ["hiop", "iop", "level-of-care"],
  },
  {
    id: "prior-authorization",
    term: "Prior authorization",
    definition:
      "An OK your health plan may need to give before you start some kinds of care, such as an IOP. Without it, the plan may not pay. The program or your clinician often asks for it.",
    see: ["in-network", "parity"],
  },
  {
    id: "psychoeducation",
    term: "Psychoeducation",
    definition:
      "Classes that teach you and your family about your condition and how treatment works. You also learn to spot warning signs early.",
    see: ["family-therapy", "relapse-prevention"],
  },
  {
    id: "ptsd",
    term: "PTSD",
    expansion: "post-traumatic stress disorder",
    definition:
      "A condition that can start after you live through something scary or harmful. Signs include bad dreams, painful memories, feeling on edge and avoiding reminders.",
    see: ["co-occurring"],
  },
  {
    id: "recovery-housing",
    term: "Recovery housing",
    definition:
      "A shared home free of alcohol and drugs for people in recovery. People who live there support each other and follow house rules. It is also called sober living.",
    see: ["continuing-care", "sober-living"],
  },
  {
    id: "relapse-prevention",
    term: "Relapse prevention",
    definition:
      "Skills to notice early warning signs and plan for stress, cravings and hard times. If a return to use happens, you and your team use what you learn to adjust the plan.",
    see: ["return-to-use", "cbt"],
  },
  {
    id: "residential",
    term: "Residential treatment",
    definition:
      "Treatment where you live at the program for a time, with staff there day and night. It gives structure and support away from daily stress. How long a stay lasts differs from person to person.",
    see: ["inpatient", "step-down", "level-of-care"],
  },
  {
    id: "return-to-use",
    term: "Return to use",
    definition:
      "Using alcohol or drugs again after a time of not using. It is common and it is not a failure. It is a sign to look again at your plan, and sometimes to get more care for a while.",
    see: ["relapse-prevention", "step-up"],
  },
  {
    id: "samhsa",
    term: "SAMHSA",
    expansion: "Substance Abuse and Mental Health Services Administration",
    definition:
      "The US federal agency that leads public health work on mental health and substance use. It runs FindTreatment.gov and a free, private national helpline.",
    see: ["findtreatment"],
  },
  {
    id: "sedative",
    term: "Sedative",
    definition:
      "A drug that slows the brain down, such as alcohol, benzodiazepines, sleeping pills, barbiturates or GHB. Stopping after heavy daily use can cause seizures or delirium tremens, which can kill. A doctor plans the stop.",
    see: ["benzodiazepine", "withdrawal-management"],
  },
  {
    id: "sliding-scale",
    term: "Sliding scale",
    definition:
      "A way of setting fees so that you pay less if your income is lower. Some programs offer it to people with little or no insurance. You can ask a program if it has one.",
    see: ["findtreatment", "medicaid"],
  },
  {
    id: "sober-living",
    term: "Sober living",
    definition: "Another name for recovery housing. It is a shared home where no alcohol or drugs are allowed.",
    see: ["recovery-housing"],
  },
  {
    id: "step-down",
    term: "Step down",
    definition:
      "A move to a less intensive level of care as you get better. An example is going from a PHP to an IOP.",
    see: ["step-up", "level-of-care"],
  },
  {
    id: "step-up",
    term: "Step up",
    definition:
      "A move to a more intensive level of care when you need more support. An example is going from weekly therapy to an IOP.",
    see: ["step-down", "level-of-care"],
  },
  {
    id: "substance-use-disorder",
    term: "SUD",
    expansion: "substance use disorder",
    definition:
      "A health condition in which a person keeps using alcohol or drugs even when it causes harm. It can be mild, moderate or severe, and it can be treated.",
    see: ["co-occurring", "return-to-use"],
  },
  {
    id: "telehealth",
    term: "Telehealth",
    definition:
      "Care by video or phone instead of in person. Many IOPs offer a virtual track by video, and many health plans cover it.",
    see: ["iop"],
  },
  {
    id: "tolerance",
    term: "Tolerance",
    definition:
      "How used to a drug your body is. After a break from opioids, such as detox, jail or a hospital stay, tolerance falls, so an amount you used to take can cause an overdose.",
    see: ["overdose", "naloxone"],
  },
  {
    id: "treatment-plan",
    term: "Treatment plan",
    definition:
      "A written plan you make with your care team. It lists your goals, the care you will get and how you will track progress. It changes as your needs change.",
    see: ["assessment"],
  },
  {
    id: "tricare",
    term: "TRICARE",
    definition:
      "The health plan for people in the US military, people who retired from it, and their families. It covers IOPs for mental health and substance use.",
    see: ["medicare", "medicaid"],
  },
  {
    id: "withdrawal-management",
    term: "Withdrawal management",
    definition:
      "Medical care that keeps you safe during withdrawal, what your body goes through when you stop or cut back. It can be given in a hospital, a live-in program or, when it is safe, as an outpatient. Stopping alcohol or sedatives suddenly can cause seizures.",
    see: ["detox", "benzodiazepine", "moud"],
  },
];
