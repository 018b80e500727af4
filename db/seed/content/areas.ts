import type { AreaSeed, ThemeSeed } from "./types";

export const region = {
  slug: "northbridge",
  name: "Northbridge City Region",
  description:
    "Twelve wards either side of the River Brack and the Northbridge Canal, from the tower blocks of " +
    "Eastgate and the terraces of Millfield to the villages on Ashby Moor. The council and the " +
    "Northbridge & Brackside LEP run the people's plan together.",
};

/** Ward codes follow the ONS E05 pattern but are fictional; deciles are the English IMD 2025 style. */
export const areaSeeds: AreaSeed[] = [
  { key: "pennine-view", code: "E05090101", name: "Pennine View", population: 7480, imdDecile: 7, col: 0, row: 0 },
  { key: "millfield", code: "E05090102", name: "Millfield", population: 12090, imdDecile: 2, col: 1, row: 0 },
  { key: "st-aidans", code: "E05090103", name: "St Aidan's", population: 15210, imdDecile: 1, col: 2, row: 0 },
  { key: "cinder-hill", code: "E05090104", name: "Cinder Hill", population: 6540, imdDecile: 2, col: 3, row: 0 },
  { key: "westbrook", code: "E05090105", name: "Westbrook", population: 14320, imdDecile: 4, col: 0, row: 1 },
  { key: "wharfside", code: "E05090106", name: "City Centre & Wharfside", population: 15780, imdDecile: 3, col: 1, row: 1 },
  { key: "eastgate", code: "E05090107", name: "Eastgate", population: 13460, imdDecile: 1, col: 2, row: 1 },
  { key: "brackenhurst", code: "E05090108", name: "Brackenhurst", population: 10120, imdDecile: 5, col: 3, row: 1 },
  { key: "highfield-park", code: "E05090109", name: "Highfield Park", population: 11240, imdDecile: 9, col: 0, row: 2 },
  { key: "ashby-moor", code: "E05090110", name: "Ashby Moor", population: 8910, imdDecile: 10, col: 1, row: 2 },
  { key: "thornleigh", code: "E05090111", name: "Thornleigh", population: 12650, imdDecile: 8, col: 2, row: 2 },
  { key: "kirkby-edge", code: "E05090112", name: "Kirkby Edge", population: 9870, imdDecile: 6, col: 3, row: 2 },
];

export const cityGrid = { cols: 4, rows: 3, centre: [-1.5, 53.8] as [number, number], cellLon: 0.042, cellLat: 0.025 };

export const themeSeeds: ThemeSeed[] = [
  {
    slug: "housing",
    name: "Housing",
    description: "Warm, safe and affordable homes: repairs, retrofit, empty homes brought back into use, and help to keep a tenancy.",
  },
  {
    slug: "transport",
    name: "Transport and getting about",
    description: "Buses, walking and cycling routes, and community transport that get people to work, college and appointments.",
  },
  {
    slug: "skills-employment",
    name: "Skills and employment",
    description:
      "Training, apprenticeships and routes into decent work, including welfare-to-work support that treats people as people.",
  },
  {
    slug: "environment",
    name: "Crime and grime / environment",
    description: "Safer streets, fly-tipping, green spaces, trees and cleaner air.",
  },
  {
    slug: "high-streets",
    name: "High streets and enterprise",
    description: "Local shops, markets, start-ups, social enterprises and keeping money circulating in the neighbourhood.",
  },
  {
    slug: "community-capacity",
    name: "Community capacity",
    description: "Places to meet, volunteers, small groups getting organised and residents connected to the people who make decisions.",
  },
  {
    slug: "health-wellbeing",
    name: "Health and wellbeing",
    description: "Food, warmth, mental health, loneliness and getting active: the things that keep people well outside the surgery.",
  },
];
