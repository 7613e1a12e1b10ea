package application

import (
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/order"
)

// TestDraftStatute: the legal standard states the requirements of 28
// U.S.C. § 1782(a) in the statute's words, and what a "foreign or
// international tribunal" is after ZF Automotive US, Inc. v. Luxshare,
// Ltd., 596 U.S. 619 (2022). Whatever the application, the law is the same.
func TestDraftStatute(t *testing.T) {
	for _, file := range []string{"takagi-2022.json", "denied-2024.json"} {
		t.Run(file, func(t *testing.T) {
			doc, err := Draft(load(t, file))
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{
				// § 1782(a): "The district court of the district in which a
				// person resides or is found may order him ...".
				"(1) the person from whom discovery is sought resides or is found in the district of the court to which the application is made;",
				// "... for use in a proceeding in a foreign or international tribunal".
				"(2) the discovery is for use in a proceeding in a foreign or international tribunal;",
				"28 U.S.C. § 1782(a); Intel, 542 U.S. at 246.",
				"Only a governmental or intergovernmental adjudicative body is a “foreign or international tribunal.” ZF Automotive US, Inc. v. Luxshare, Ltd., 596 U.S. 619 (2022).",
				"The proceeding need not be pending or imminent, so long as it is within reasonable contemplation. Intel, 542 U.S. at 259.",
				// The seed's next citation, "Id. at 264", still points at Intel.
				"Intel, 542 U.S. at 259.\n\nA district court is not required to grant",
			} {
				if !strings.Contains(doc.Text, want) {
					t.Errorf("the draft lacks %q", want)
				}
			}
			if strings.Contains(doc.Text, "residing in the district") {
				t.Error("the draft says “residing in the district”; the statute says “resides or is found”")
			}
		})
	}
}

// no is the answer that a body does not adjudicate.
var no = func() *bool { b := false; return &b }()

// TestDraftTribunal: a purpose of use before a body that does not
// adjudicate (the police, a prosecutor) is flagged in the discussion of the
// second requirement: it serves a "proceeding in a foreign or
// international tribunal" only through a proceeding before an adjudicative
// body within reasonable contemplation (ZF Automotive; Intel, 542 U.S. at
// 259), and the draft says what the application names, or that it names
// none.
func TestDraftTribunal(t *testing.T) {
	police := Proceeding{Kind: "criminal complaint", State: Anticipated, Country: "Japan", Body: "the Osaka Prefectural Police", Adjudicative: no,
		Description: "a criminal complaint for defamation to the Osaka Prefectural Police", Cites: []string{"Dkt. No. 1 at 4"}}
	prosecutor := police
	prosecutor.Kind, prosecutor.Body, prosecutor.State = "criminal complaint", "the Osaka District Public Prosecutors Office", Pending
	prosecutor.Adjudication = "a prosecution for defamation before the Osaka District Court"
	for _, tc := range []struct {
		name     string
		file     string
		edit     func(a *Application)
		want     []string
		wantNone bool
	}{
		{"the seed: a civil action before a court, a criminal complaint to the police that would lead to a prosecution", "takagi-2022.json", func(*Application) {},
			[]string{
				"The criminal complaint would be brought before the Japanese police rather than before an adjudicative body, and only a governmental or intergovernmental adjudicative body is a “foreign or international tribunal.” ZF Automotive US, Inc. v. Luxshare, Ltd., 596 U.S. 619 (2022).",
				"As to the criminal complaint, the discovery is therefore for use in a proceeding in a foreign tribunal only if the complaint would lead to a proceeding before such a body that is within reasonable contemplation; according to the application, it would lead to a prosecution for criminal defamation before a Japanese court. See Intel, 542 U.S. at 259. Third, ",
			}, false},
		{"a civil action before a court alone: nothing to flag", "denied-2024.json", func(*Application) {}, nil, true},
		{"a complaint to the police that names no proceeding before an adjudicative body", "denied-2024.json",
			func(a *Application) { a.Proceedings = append(a.Proceedings, police) },
			[]string{
				"The criminal complaint would be brought before the Osaka Prefectural Police rather than before an adjudicative body,",
				"As to the criminal complaint, the discovery is therefore for use in a proceeding in a foreign tribunal only if the complaint would lead to a proceeding before such a body that is within reasonable contemplation, and the application does not say what that proceeding would be. See Intel, 542 U.S. at 259.",
			}, false},
		{"a complaint pending before a prosecutor", "denied-2024.json",
			func(a *Application) { a.Proceedings = append(a.Proceedings, prosecutor) },
			[]string{
				"The criminal complaint is before the Osaka District Public Prosecutors Office rather than before an adjudicative body,",
				"according to the application, it would lead to a prosecution for defamation before the Osaka District Court. See Intel, 542 U.S. at 259.",
			}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := load(t, tc.file)
			tc.edit(a)
			doc, err := Draft(a)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.want {
				if !strings.Contains(doc.Text, want) {
					t.Errorf("the draft lacks %q", want)
				}
			}
			if tc.wantNone && strings.Contains(doc.Text, "rather than before an adjudicative body") {
				t.Error("the draft flags a proceeding that is before a court")
			}
		})
	}
}

// TestDraftContentions: what the applicant says is stated as what the
// applicant says ("Dr. Takagi contends that ...", "According to the
// application, ..."), never as what the Court finds.
func TestDraftContentions(t *testing.T) {
	t.Run("the record's attributions", func(t *testing.T) {
		a := load(t, "takagi-2022.json")
		a.Facts = []Point{{By: ByApplicant, Text: "the tweets are false.", Cites: []string{"Dkt. No. 1 at 3"}}}
		a.Analysis.FoundInDistrict.Reasoning = []Point{{By: ByApplication, Text: "Twitter has its principal place of business in this district.", Cites: []string{"Dkt. No. 1 at 6"}}}
		a.Analysis.Participant.Reasoning = []Point{{By: ByApplication, Text: "Twitter would not be a party."}, {By: ByApplicant, Text: "the documents are beyond the reach of a Japanese court.", Cites: []string{"Id."}}}
		doc, err := Draft(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{
			"\n\nDr. Takagi contends that the tweets are false. Dkt. No. 1 at 3.\n\n",
			"First, according to the application, Twitter has its principal place of business in this district. Dkt. No. 1 at 6.",
			"\n\nAccording to the application, Twitter would not be a party.\n\nDr. Takagi contends that the documents are beyond the reach of a Japanese court. Id.\n\n",
		} {
			if !strings.Contains(doc.Text, want) {
				t.Errorf("the draft lacks %q", want)
			}
		}
	})
	// The examples' sentences that once stated the applicant's case as the
	// Court's findings, and the same sentences as contentions.
	for _, tc := range []struct {
		file, want, not string
	}{
		{"takagi-2022.json",
			"Dr. Takagi contends that neither a civil action nor a criminal complaint can go forward in Japan unless he can name the person who posted the tweets, and that only Twitter holds the information that would let him do so. Dkt. No. 1 at 3.",
			"Dr. Takagi explains, unless he can name the person who posted the tweets, and only Twitter holds"},
		{"takagi-2022.json",
			"According to the application, on the day of the first tweet, hostile anonymous letters arrived at the clinic",
			"\n\nOn the day of the first tweet, hostile anonymous letters arrived"},
		{"takagi-2022.json",
			"First, according to the application, Twitter, from which the subpoena seeks discovery, has its principal place of business in this district. Dkt. No. 1 at 6. Twitter therefore resides or is found in this district.",
			"First, Twitter, from which the subpoena seeks discovery"},
		{"takagi-2022.json",
			"Third, as the would-be plaintiff in the civil action and the complainant in any criminal investigation, Dr. Takagi is an interested person under the statute. Id.",
			"the victim in any criminal investigation"},
		{"takagi-2022.json",
			"According to the application, Twitter would be a party to neither the civil action nor a prosecution in Japan, and the documents sought are kept in the United States. Dkt. No. 1 at 7.\n\nDr. Takagi contends that those documents are beyond the reach of a Japanese court. Id.",
			"kept in the United States, beyond the reach of a Japanese court"},
		{"takagi-2022.json",
			"Dr. Takagi’s Japanese counsel attests to knowing of no Japanese restriction or policy",
			"Dr. Takagi’s Japanese counsel knows of no Japanese restriction"},
		{"denied-2024.json",
			"According to the application, Google would not be a party to the action in Japan. Dkt. No. 1 at 6.\n\nMs. Shimizu contends that what Google holds is beyond the Japanese court’s reach. Id.",
			"and what it holds is beyond the Japanese court’s reach"},
		{"denied-2024.json",
			"First, according to the application, Google has its principal place of business in this district. Dkt. No. 1 at 5. Google therefore resides or is found in this district.",
			"First, Google has its principal place of business in this district."},
	} {
		t.Run(tc.file+": "+tc.want[:40], func(t *testing.T) {
			doc, err := Draft(load(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tc.want) {
				t.Errorf("the draft lacks %q", tc.want)
			}
			if strings.Contains(doc.Text, tc.not) {
				t.Errorf("the draft states as a finding %q", tc.not)
			}
		})
	}
}

// TestDraftStoredCommunications: where the proposed subpoena asks for the
// contents of communications, the draft says that the Stored
// Communications Act, 18 U.S.C. § 2702, bars a provider to the public from
// divulging them, and that its exceptions include no private party's
// subpoena (Suzlon Energy Ltd. v. Microsoft Corp., 671 F.3d 726 (9th Cir.
// 2011), a § 1782 case). Where none is asked for, it says nothing of it.
func TestDraftStoredCommunications(t *testing.T) {
	sca := []string{
		"\n\nC. Contents of Communications\n\n",
		"The proposed subpoena asks for the contents of communications (request 1).",
		"The Stored Communications Act provides that a person or entity providing an electronic communication service to the public “shall not knowingly divulge to any person or entity the contents of a communication while in electronic storage by that service,” 18 U.S.C. § 2702(a)(1), and bars a provider of remote computing service to the public from divulging the contents of communications it carries or maintains, id. § 2702(a)(2).",
		"Its exceptions, id. § 2702(b), include the lawful consent of the originator or an addressee or intended recipient of the communication, id. § 2702(b)(3), but none for a subpoena obtained by a private party.",
		"A subpoena under § 1782 cannot compel Google to divulge what the Act forbids it to divulge. See Suzlon Energy Ltd. v. Microsoft Corp., 671 F.3d 726 (9th Cir. 2011) (the Act barred production under § 1782 of the contents of a foreign citizen’s e-mail stored in the United States).",
	}
	t.Run("the denial, which asks for every review, message and post", func(t *testing.T) {
		doc, err := Draft(load(t, "denied-2024.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range append(sca,
			// The record's own reasoning and reason say it too.
			"which, as explained below, the Stored Communications Act bars Google from divulging to her",
			"without the contents of the account’s communications (18 U.S.C. § 2702(a))",
		) {
			if !strings.Contains(doc.Text, want) {
				t.Errorf("the draft lacks %q", want)
			}
		}
		if i, j := strings.Index(doc.Text, "\nC. Contents of Communications\n"), strings.Index(doc.Text, "\nIV. CONCLUSION\n"); i < 0 || j < i {
			t.Error("the Stored Communications Act is not discussed before the conclusion")
		}
	})
	t.Run("a statutory requirement unmet: still said", func(t *testing.T) {
		a := load(t, "denied-2024.json")
		a.Analysis.FoundInDistrict = Assessment{Finding: NotMet, Reasoning: []Point{{Text: "the application shows no presence of the respondent in this district."}}}
		a.Analysis.Participant, a.Analysis.Receptivity, a.Analysis.Circumvention, a.Analysis.Burden = Assessment{}, Assessment{}, Assessment{}, Assessment{}
		doc, err := Draft(a)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, sca[2]) {
			t.Errorf("the draft lacks %q", sca[2])
		}
	})
	t.Run("two requests for content", func(t *testing.T) {
		a := load(t, "denied-2024.json")
		a.Requests[1].Categories = append(a.Requests[1].Categories, order.Content)
		doc, err := Draft(a)
		if err != nil {
			t.Fatal(err)
		}
		if want := "(requests 1 and 2)"; !strings.Contains(doc.Text, want) {
			t.Errorf("the draft lacks %q", want)
		}
	})
	t.Run("the seed, which asks for none", func(t *testing.T) {
		doc, err := Draft(load(t, "takagi-2022.json"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(doc.Text, "Stored Communications Act") || strings.Contains(doc.Text, "C. Contents of Communications") {
			t.Error("the seed's draft speaks of the Stored Communications Act, though nothing asks for content")
		}
	})
}
