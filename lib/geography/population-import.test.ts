import { describe, expect, it } from "vitest";
import { toCsv } from "../shared/csv";
import { parsePopulationCsv, populationTemplateRows, summarisePopulationRows } from "./population-import";

const codes = new Set(["E05000001", "E05000002"]);

describe("parsePopulationCsv", () => {
  it("reads rows by header in any order, with census wording, and keeps every good row", () => {
    const { rows, errors } = parsePopulationCsv(
      ["Observation,Ward Code,Category,Value", '"1,200",e05000001,Age,Aged 16 to 24 years', "900,E05000001,Sex,Female", "0,E05000002,gender,Non-binary"].join("\n"),
      codes,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, code: "E05000001", question: "age_band", answer: "16–24", people: 1200 },
      { row: 3, code: "E05000001", question: "gender", answer: "Woman", people: 900 },
      { row: 4, code: "E05000002", question: "gender", answer: "Non-binary", people: 0 },
    ]);
  });

  it("reads a file with no header as code, question, answer, people", () => {
    expect(parsePopulationCsv("E05000002,disability,Yes,310\n", codes).rows).toEqual([{ row: 1, code: "E05000002", question: "disability", answer: "Yes", people: 310 }]);
  });

  it("says what is wrong with each bad row, naming the answers a question takes", () => {
    const { rows, errors } = parsePopulationCsv(
      [
        "code,question,answer,people",
        "E05000001,gender,Woman,10",
        "E05999999,gender,Woman,10",
        "E05000001,religion,None,10",
        "E05000001,disability,Maybe,10",
        "E05000001,gender,Man,-3",
        "E05000001,Gender,woman,12",
        ",,,",
      ].join("\n"),
      codes,
    );
    expect(rows).toHaveLength(1);
    expect(errors.map((error) => error.message)).toEqual([
      "Row 3: E05999999 is not a neighbourhood of this region: import the neighbourhood first",
      "Row 4: question “religion” is not one of age_band (Age), gender (Gender), ethnicity (Ethnic group), disability (Disability), employment_status (Work)",
      "Row 5: answer “Maybe” is not one of the Disability answers: Yes; No",
      "Row 6: people must be a whole number, 0 or more",
      "Row 7: E05000001, Gender, Woman is already on row 2",
      "Row 8: code is missing; question is missing; answer is missing; people must be a whole number, 0 or more",
    ]);
    expect(errors[1]?.cells).toEqual(["E05000001", "religion", "None", "10"]);
  });

  it("names missing header columns, and refuses an empty file", () => {
    expect(parsePopulationCsv("code,question,people\n", codes).errors[0]?.message).toBe("The header row has no answer column: use code, question, answer, people");
    expect(parsePopulationCsv("  \n", codes).errors[0]?.row).toBeNull();
  });
});

describe("summarisePopulationRows and the template", () => {
  it("counts neighbourhoods and residents per question and answer, in the form's order", () => {
    const { rows } = parsePopulationCsv("E05000001,disability,No,800\nE05000001,disability,Yes,200\nE05000002,disability,No,500\n", codes);
    expect(summarisePopulationRows(rows)).toEqual([
      { question: "disability", areas: 2, people: 1500, answers: [{ answer: "Yes", people: 200 }, { answer: "No", people: 1300 }] },
    ]);
  });

  it("lists every neighbourhood, question and answer, with the figures held", () => {
    const template = populationTemplateRows(["E05000001"], new Map([["E05000001|disability|No", 800]]));
    expect(template).toHaveLength(8 + 4 + 5 + 2 + 7);
    expect(template[0]).toEqual(["E05000001", "age_band", "Under 16", ""]);
    expect(template).toContainEqual(["E05000001", "disability", "No", 800]);
    // The template imports back as it is, once filled in.
    const filled = toCsv(["code", "question", "answer", "people"], template.map((row) => [...row.slice(0, 3), 1]));
    const parsed = parsePopulationCsv(filled, new Set(["E05000001"]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(template.length);
  });
});
