/** Name pools for generated residents: the mix of a northern English city. */
export const firstNames = [
  "Aaron", "Abigail", "Adam", "Aisha", "Alan", "Alfie", "Amelia", "Amy", "Andrea", "Anna", "Arjun", "Ayesha",
  "Barbara", "Ben", "Bilal", "Callum", "Carol", "Charlotte", "Chantelle", "Chris", "Connor", "Craig", "Daniel",
  "Darren", "David", "Demi", "Denise", "Ebony", "Elif", "Emma", "Ewa", "Faisal", "Gemma", "Grace", "Hamza",
  "Harry", "Hayley", "Imran", "Isla", "Jack", "Jade", "Jamal", "James", "Jason", "Jessica", "Joanne", "John",
  "Jordan", "Karen", "Katie", "Kieran", "Laura", "Leanne", "Leon", "Linda", "Louise", "Luke", "Malik", "Maria",
  "Mariam", "Martin", "Michelle", "Mohammed", "Nathan", "Nicola", "Noor", "Oliver", "Oskar", "Paula", "Rachel",
  "Rebecca", "Rehana", "Ricky", "Rukhsana", "Ryan", "Saima", "Sandra", "Sarah", "Scott", "Shannon", "Simon",
  "Sophie", "Stacey", "Steven", "Susan", "Tariq", "Tyler", "Usman", "Vicky", "Wayne", "Yasmin", "Zainab", "Zofia",
];

export const lastNames = [
  "Ahmed", "Akhtar", "Ali", "Armitage", "Ashworth", "Bailey", "Barker", "Bibi", "Booth", "Bradley", "Brook",
  "Burns", "Butt", "Chapman", "Clarke", "Crossley", "Dawson", "Dixon", "Ellis", "Fletcher", "Gallagher", "Gibson",
  "Haigh", "Hall", "Hartley", "Hirst", "Holmes", "Hussain", "Jackson", "Jagger", "Jones", "Kaur", "Kelly", "Khan",
  "Kowalski", "Lee", "Lodge", "Mahmood", "Marshall", "McCarthy", "Mitchell", "Moore", "Murphy", "Nawaz", "Nowak",
  "O'Brien", "Okafor", "Parkin", "Patel", "Pearson", "Popescu", "Rashid", "Riley", "Robinson", "Sharpe", "Shaw",
  "Singh", "Smith", "Stead", "Sutcliffe", "Taylor", "Thompson", "Turner", "Wade", "Walker", "Walsh", "Ward",
  "Whiteley", "Wilson", "Wood", "Wright", "Yates", "Younis",
];
