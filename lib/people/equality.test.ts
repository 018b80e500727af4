import { describe, expect, it } from "vitest";
import { equalityOptions, equalityQuestionKeys, matchEqualityAnswer, matchEqualityQuestion } from "./equality";
import { equalityQuestions } from "./profile-validation";

describe("equality questions", () => {
  it("offers the profile form's answers for every question", () => {
    expect(equalityQuestionKeys.map((key) => equalityOptions(key).length)).toEqual([8, 4, 5, 2, 7]);
    expect(equalityOptions("age_band")).toBe(equalityQuestions.ageBand.options);
  });

  it("names a question by key, label, the form's wording or a census name", () => {
    expect(matchEqualityQuestion("age_band")).toBe("age_band");
    expect(matchEqualityQuestion(" Age Band ")).toBe("age_band");
    expect(matchEqualityQuestion("Ethnic group")).toBe("ethnicity");
    expect(matchEqualityQuestion("Do you consider yourself disabled?")).toBe("disability");
    expect(matchEqualityQuestion("Sex")).toBe("gender");
    expect(matchEqualityQuestion("Economic activity")).toBe("employment_status");
    expect(matchEqualityQuestion("Religion")).toBeNull();
  });

  it("reads an answer whatever its case, dashes or census wording", () => {
    expect(matchEqualityAnswer("age_band", "16-24")).toBe("16–24");
    expect(matchEqualityAnswer("age_band", "Aged 16 to 24 years")).toBe("16–24");
    expect(matchEqualityAnswer("age_band", "75+")).toBe("75 or over");
    expect(matchEqualityAnswer("age_band", "under 16")).toBe("Under 16");
    expect(matchEqualityAnswer("gender", "Female")).toBe("Woman");
    expect(matchEqualityAnswer("ethnicity", "Asian, Asian British or Asian Welsh")).toBe("Asian or Asian British");
    expect(matchEqualityAnswer("ethnicity", "white")).toBe("White");
    expect(matchEqualityAnswer("disability", "Disabled under the Equality Act")).toBe("Yes");
    expect(matchEqualityAnswer("employment_status", "retired")).toBe("Retired");
  });

  it("refuses answers the question does not offer, including prefer not to say", () => {
    expect(matchEqualityAnswer("age_band", "Elderly")).toBeNull();
    expect(matchEqualityAnswer("gender", "Prefer not to say")).toBeNull();
    expect(matchEqualityAnswer("disability", "Woman")).toBeNull();
  });
});
