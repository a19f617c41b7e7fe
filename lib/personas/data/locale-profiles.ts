import type { PersonaLocale } from "@/lib/personas/persona-generation-schemas";
import {
  BLACK_AMERICAN,
  BLACK_BRITISH,
  BLACK_FRENCH,
  EAST_ASIAN_DIASPORA,
  HISPANIC_AMERICAN,
  JAPANESE_BRAZILIAN,
  LATIN_AMERICAN_IN_SPAIN,
  MIDDLE_EASTERN_SWEDISH,
  MOROCCAN_DUTCH,
  NORTH_AFRICAN_FRENCH,
  SOUTHEAST_ASIAN_DIASPORA,
  SOUTH_ASIAN_DIASPORA,
  TURKISH,
  type NameGroup,
} from "./name-groups";
import { words } from "./word-list";

/** Names, places and looks per locale for the offline generator. */
export interface LocaleProfile {
  /** Used in prompts: "from Germany". */
  country: string;
  female: readonly string[];
  male: readonly string[];
  /** Names that suit non-binary personas; without it they draw from both lists. */
  unisex?: readonly string[];
  surnames: readonly string[];
  /** Languages that inflect surnames by gender (Polish Kowalski → Kowalska). */
  feminineSurname?: (surname: string) => string;
  groups: readonly NameGroup[];
  cities: readonly string[];
  /** How often white personas from here have light hair and eyes. */
  complexion: "northern" | "central" | "southern";
}

const POLISH_FEMININE_ENDINGS: [RegExp, string][] = [
  [/ski$/, "ska"],
  [/cki$/, "cka"],
  [/dzki$/, "dzka"],
];

export const LOCALE_PROFILES: Record<PersonaLocale, LocaleProfile> = {
  "en-US": {
    country: "the United States",
    female: words(
      "Emma Olivia Ava Sophia Isabella Mia Charlotte Amelia Harper Evelyn Abigail Emily Ella Elizabeth Avery Scarlett Penelope Layla Chloe Victoria Madison Eleanor Grace Nora Riley Zoey Hannah Hazel Lily Ellie Violet Lillian Stella Natalie Leah Audrey Lucy Claire Anna Caroline Sarah Rachel Megan Lauren Jessica Ashley Samantha Kayla Brooke Paige Julia Katherine Allison Molly Jenna",
    ),
    male: words(
      "Liam Noah Oliver James Elijah William Henry Lucas Benjamin Theodore Levi Sebastian Daniel Jack Michael Alexander Owen Asher Samuel Ethan Jackson Mason Ezra John Hudson Aiden Joseph David Jacob Logan Luke Julian Gabriel Grayson Wyatt Matthew Dylan Isaac Elias Anthony Thomas Carter Charles Caleb Cooper Lincoln Miles Christopher Nathan Andrew Ryan Tyler Brandon Justin Eric Kevin Brian Travis",
    ),
    unisex: words("Alex Jordan Taylor Riley Morgan Casey Jamie Avery Quinn Charlie Sam Robin Rowan Sage Skyler Emerson Finley Hayden Reese Drew"),
    surnames: words(
      "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Nelson Baker Hall Campbell Mitchell Carter Roberts Phillips Evans Turner Parker Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Ward Richardson Watson Brooks Wood Bennett Gray Hughes Price Sanders Myers Long Ross Foster Sullivan Fisher Hayes Graham Hamilton",
    ),
    groups: [
      { ethnicity: "white", weight: 55 },
      { ...HISPANIC_AMERICAN, weight: 17 },
      { ...BLACK_AMERICAN, weight: 13 },
      { ...EAST_ASIAN_DIASPORA, weight: 5 },
      { ...SOUTH_ASIAN_DIASPORA, weight: 4 },
      { ...SOUTHEAST_ASIAN_DIASPORA, weight: 2 },
      { ethnicity: "mixed", weight: 4 },
    ],
    cities: words("New_York Austin Seattle Chicago Denver Atlanta San_Diego Boston Portland Minneapolis Nashville Philadelphia Phoenix Raleigh Pittsburgh Columbus"),
    complexion: "central",
  },
  "en-GB": {
    country: "the United Kingdom",
    female: words(
      "Olivia Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Rosie Sophia Isabella Grace Daisy Sienna Poppy Elsie Emily Ella Evie Phoebe Harriet Matilda Imogen Lucy Charlotte Eleanor Alice Ruby Jessica Hannah Sophie Chloe Lauren Megan Holly Georgia Bethany Abigail Eloise Beatrice Katie Rebecca Amy Laura Emma Zoe Millie Esme",
    ),
    male: words(
      "Oliver George Noah Arthur Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie Alfie Thomas William Jacob James Joshua Edward Samuel Daniel Max Lewis Harrison Toby Finley Rory Callum Ben Tom Luke Matthew Ryan Jamie Ethan Alexander Dylan Louis Sebastian Hugo Reuben Stanley Elliot Adam Owen Rhys Connor Kieran Angus",
    ),
    unisex: words("Alex Charlie Jamie Sam Robin Frankie Rowan Jess Morgan Ash Billie Kit Sasha Jo Eden"),
    surnames: words(
      "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Hill Cooper Ward Harris Martin Lewis Morris Moore Clark Harrison Baker Young Allen Mitchell Kelly Bell Shaw Lloyd Watson Marshall Morgan Holmes Fletcher Cole Griffiths Barker Ellis Atkinson Pearson Knight Gibson Webb Chapman Bennett Spencer Russell Fox MacDonald Campbell",
    ),
    groups: [
      { ethnicity: "white", weight: 80 },
      { ...SOUTH_ASIAN_DIASPORA, weight: 9 },
      { ...BLACK_BRITISH, weight: 5 },
      { ...EAST_ASIAN_DIASPORA, weight: 2 },
      { ethnicity: "mixed", weight: 4 },
    ],
    cities: words("London Manchester Bristol Edinburgh Leeds Glasgow Birmingham Brighton Cardiff Liverpool Oxford Cambridge Newcastle Sheffield Nottingham Belfast"),
    complexion: "northern",
  },
  "de-DE": {
    country: "Germany",
    female: words(
      "Mia Emma Hannah Sofia Emilia Lina Marie Lea Lena Clara Anna Leonie Amelie Luisa Johanna Ella Frieda Mila Lara Maja Laura Julia Sarah Katharina Lisa Sophie Jana Nina Paula Charlotte Greta Ida Theresa Franziska Miriam Carolin Stefanie Sabine Petra Claudia Anja Nicole Kathrin Melanie Vanessa Annika Svenja Carla Helena Merle",
    ),
    male: words(
      "Noah Ben Paul Leon Finn Elias Felix Jonas Luis Henry Emil Theo Maximilian Lukas Jakob Moritz Niklas Tim Jan Julian Tobias Florian Sebastian Philipp Alexander David Simon Fabian Matthias Christian Stefan Andreas Thomas Michael Markus Daniel Benjamin Johannes Kai Lars Dominik Sven Oliver Robert Martin Karl Anton Jannik Malte Hannes",
    ),
    unisex: words("Kim Alex Robin Luca Sascha Toni Charlie Kai Eike Mika"),
    surnames: words(
      "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Keller Frank Berger Roth Beck Lorenz Baumann Franke Albrecht",
    ),
    groups: [
      { ethnicity: "white", weight: 82 },
      { ...TURKISH, weight: 10 },
      { ethnicity: "mixed", weight: 4 },
      {
        ethnicity: "black",
        weight: 2,
        female: words("Amara Naomi Abena Esther Grace Joy Ama Nia Hanna Lea"),
        male: words("Kwame Kofi David Samuel Emmanuel Jerome Malik Noah Elias Joshua"),
        surnames: words("Mensah Owusu Diallo Okafor Boateng Asamoah Adjei Ekwueme Nkemelu Osei"),
      },
      { ...EAST_ASIAN_DIASPORA, weight: 2, female: undefined, male: undefined },
    ],
    cities: words("Berlin Munich Hamburg Cologne Frankfurt Stuttgart Leipzig Düsseldorf Dresden Freiburg Hanover Nuremberg Bremen Münster"),
    complexion: "northern",
  },
  "fr-FR": {
    country: "France",
    female: words(
      "Louise Jade Ambre Alba Emma Rose Alice Romy Anna Lina Léa Chloé Inès Manon Camille Juliette Zoé Clara Sarah Léna Mathilde Lucie Pauline Margaux Élise Charlotte Marie Julie Céline Aurélie Sophie Claire Amélie Émilie Nathalie Isabelle Valérie Hélène Cécile Agathe Margot Constance Apolline Capucine Élodie Laure Anaïs Océane Justine Noémie",
    ),
    male: words(
      "Gabriel Léo Raphaël Arthur Louis Jules Adam Maël Lucas Hugo Noah Liam Sacha Paul Nathan Tom Théo Ethan Mathis Enzo Antoine Thomas Nicolas Julien Alexandre Maxime Pierre Clément Baptiste Romain Guillaume Quentin Mathieu Vincent Olivier Sébastien Laurent François Benoît Étienne Aurélien Florian Jérôme Victor Martin Simon Bastien Rémi Cyril Damien",
    ),
    unisex: words("Camille Dominique Claude Sacha Alix Charlie Eden Morgan Maxime Lou"),
    surnames: words(
      "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Lemaire Noël Dufour Meunier Brun Blanchard Giraud Joly Rivière Brunet Gaillard Barbier Arnaud",
    ),
    groups: [
      { ethnicity: "white", weight: 78 },
      { ...NORTH_AFRICAN_FRENCH, weight: 11 },
      { ...BLACK_FRENCH, weight: 6 },
      { ethnicity: "mixed", weight: 5 },
    ],
    cities: words("Paris Lyon Marseille Toulouse Bordeaux Lille Nantes Strasbourg Montpellier Rennes Nice Grenoble Dijon Annecy"),
    complexion: "central",
  },
  "es-ES": {
    country: "Spain",
    female: words(
      "Lucía Sofía Martina María Julia Paula Valeria Emma Daniela Carla Alba Noa Alma Sara Carmen Vega Lara Mía Valentina Olivia Claudia Jimena Ana Laura Marta Elena Cristina Isabel Pilar Raquel Beatriz Silvia Rocío Nerea Irene Ainhoa Patricia Natalia Andrea Inés Blanca Celia Leire Marina Nuria Alicia Teresa Lorena Adriana Miriam Eva",
    ),
    male: words(
      "Hugo Martín Lucas Mateo Leo Daniel Alejandro Pablo Manuel Álvaro Adrián David Mario Enzo Diego Marcos Izan Javier Marco Álex Bruno Oliver Miguel Thiago Antonio Carlos Jorge Sergio Iker Rubén Raúl Fernando Francisco Gonzalo Íñigo Jaime Luis Andrés Ignacio Rafael Víctor Héctor Guillermo Rodrigo Óscar Joaquín Alberto Tomás Nicolás Eduardo",
    ),
    unisex: words("Alex Noa Andrea Cruz Ariel Eider Iris Sasha"),
    surnames: words(
      "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco",
    ),
    groups: [
      { ethnicity: "white", weight: 86 },
      { ...LATIN_AMERICAN_IN_SPAIN, weight: 9 },
      { ...NORTH_AFRICAN_FRENCH, weight: 2 },
      { ethnicity: "mixed", weight: 3 },
    ],
    cities: words("Madrid Barcelona Valencia Seville Bilbao Málaga Zaragoza Granada Palma Alicante Valladolid San_Sebastián Salamanca"),
    complexion: "southern",
  },
  "it-IT": {
    country: "Italy",
    female: words(
      "Sofia Aurora Giulia Ginevra Vittoria Beatrice Alice Ludovica Emma Matilde Anna Camilla Chiara Giorgia Bianca Nicole Martina Sara Greta Gaia Francesca Elena Valentina Alessia Federica Silvia Elisa Laura Paola Roberta Simona Serena Eleonora Arianna Ilaria Veronica Marta Noemi Rebecca Caterina Lucia Margherita Irene Benedetta Cecilia Viola Elisabetta Claudia Michela Lorenza",
    ),
    male: words(
      "Leonardo Francesco Tommaso Edoardo Alessandro Lorenzo Mattia Gabriele Riccardo Andrea Diego Nicolò Matteo Giuseppe Federico Antonio Pietro Davide Giovanni Filippo Marco Luca Stefano Simone Paolo Roberto Fabio Massimo Daniele Emanuele Giacomo Alberto Enrico Claudio Salvatore Vincenzo Michele Carlo Raffaele Dario Cristian Manuel Ivan Samuele Jacopo Valerio Gianluca Fabrizio",
    ),
    unisex: words("Andrea Celeste Alex Sasha Gioele Noa"),
    surnames: words(
      "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De_Rosa Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa",
    ),
    groups: [
      { ethnicity: "white", weight: 92 },
      { ...NORTH_AFRICAN_FRENCH, weight: 3 },
      { ethnicity: "mixed", weight: 3 },
      { ...BLACK_FRENCH, weight: 2 },
    ],
    cities: words("Milan Rome Turin Bologna Florence Naples Venice Genoa Verona Bari Palermo Padua Trieste"),
    complexion: "southern",
  },
  "nl-NL": {
    country: "the Netherlands",
    female: words(
      "Emma Julia Mila Tess Sophie Zoë Sara Nora Yara Eva Liv Lotte Noor Evi Saar Lieke Fenna Roos Anna Isa Femke Sanne Anouk Lisa Fleur Iris Maud Jasmijn Esmee Floor Lynn Merel Nina Lara Ilse Marloes Ingrid Annelies Marieke Hanneke Wendy Linda Petra Marjolein Janneke Romy Elise Charlotte Britt",
    ),
    male: words(
      "Noah Luuk Liam Lucas Sem Daan Finn Levi Milan Bram Jesse Thijs Sven Ruben Lars Tim Max Stijn Thomas Niels Koen Bas Jeroen Pieter Joost Wouter Sander Maarten Bart Rik Jasper Tom Dennis Mark Kevin Martijn Mees Jurre Siem Gijs Teun Hugo Floris Olivier Joris Tijn Job Hidde Ties Willem",
    ),
    unisex: words("Kim Robin Sam Noa Luca Jip Sasha Charlie Eli"),
    surnames: words(
      "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn van_der_Heijden Schouten van_Beek Willems van_Wijk Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal Prins Blom Huisman de_Koning Postma",
    ),
    groups: [
      { ethnicity: "white", weight: 80 },
      { ...MOROCCAN_DUTCH, weight: 9 },
      { ...SOUTHEAST_ASIAN_DIASPORA, weight: 3, female: undefined, male: undefined, surnames: words("Tan Lim Liem Sutanto Wijaya Kwee Oei Go Tjoa Hartono") },
      { ethnicity: "black", weight: 4, female: words("Shanice Naomi Kimberly Chantal Ashanti Esmeralda Jennifer Latoya Sharon Priscilla"), male: words("Quincy Ryan Gregory Romano Jurgen Clarence Dwight Virgil Giovanni Kenneth"), surnames: words("Koster Kromo Pinas Tjin Brunings Sedney Doelwijt Vanenburg Zeegelaar Fer") },
      { ethnicity: "mixed", weight: 4 },
    ],
    cities: words("Amsterdam Rotterdam Utrecht The_Hague Eindhoven Groningen Leiden Haarlem Delft Nijmegen Maastricht Arnhem Zwolle"),
    complexion: "northern",
  },
  "pl-PL": {
    country: "Poland",
    female: words(
      "Zofia Zuzanna Hanna Julia Maja Laura Oliwia Alicja Lena Pola Maria Amelia Wiktoria Natalia Aleksandra Anna Katarzyna Magdalena Agnieszka Joanna Monika Ewa Karolina Paulina Marta Justyna Dominika Weronika Klaudia Gabriela Patrycja Agata Barbara Małgorzata Beata Iwona Izabela Sylwia Kinga Emilia Marianna Helena Nikola Antonina Michalina Marcelina Kamila Urszula Renata Jadwiga",
    ),
    male: words(
      "Antoni Jan Aleksander Franciszek Nikodem Szymon Filip Jakub Stanisław Leon Mikołaj Wojciech Kacper Adam Michał Piotr Paweł Tomasz Krzysztof Marcin Łukasz Mateusz Bartosz Dawid Kamil Maciej Marek Grzegorz Rafał Damian Sebastian Przemysław Dariusz Andrzej Robert Artur Daniel Hubert Igor Oskar Tymon Wiktor Patryk Dominik Konrad Karol Adrian Jarosław Zbigniew Janusz",
    ),
    surnames: words(
      "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Bąk Jakubowski Sadowski Duda Włodarczyk Wilk Chmielewski Sawicki Wysocki",
    ),
    feminineSurname: (surname) => {
      for (const [ending, feminine] of POLISH_FEMININE_ENDINGS) {
        if (ending.test(surname)) return surname.replace(ending, feminine);
      }
      return surname;
    },
    groups: [
      { ethnicity: "white", weight: 97 },
      { ethnicity: "mixed", weight: 2 },
      { ...SOUTHEAST_ASIAN_DIASPORA, weight: 1, female: words("Linh Thao Mai Anh Trang Hoa Ngoc Lan"), male: words("Minh Tuan Duc Khoa Bao Long Hung Nam"), surnames: words("Nguyen Tran Pham Le Vo Hoang Dang Bui") },
    ],
    cities: words("Warsaw Kraków Wrocław Gdańsk Poznań Łódź Katowice Lublin Szczecin Bydgoszcz Toruń Rzeszów"),
    complexion: "northern",
  },
  "sv-SE": {
    country: "Sweden",
    female: words(
      "Alice Maja Vera Elsa Astrid Alma Selma Ella Wilma Olivia Ebba Saga Freja Signe Stella Ellen Agnes Clara Lilly Majken Ines Elin Linnea Ida Emma Julia Hanna Sara Matilda Moa Klara Frida Malin Sofia Johanna Karin Anna Emelie Lovisa Hedda Tove Sanna Jenny Maria Linn Amanda Elvira Edith Sigrid Greta",
    ),
    male: words(
      "Noah William Hugo Liam Lucas Oliver Elias Adam Alexander Matteo Nils Vincent Theo Leo Arvid Ludvig Olle Oscar Harry Frans Erik Axel Viktor Filip Anton Gustav Emil Isak Jonathan Sebastian Johan Fredrik Anders Magnus Henrik Mattias Per Lars Jonas Daniel Andreas Martin Karl Linus Albin Melvin Viggo Love Sixten Algot",
    ),
    unisex: words("Kim Alex Robin Love Charlie Sam Eli Mika Tintin Vide"),
    surnames: words(
      "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson",
    ),
    groups: [
      { ethnicity: "white", weight: 82 },
      { ...MIDDLE_EASTERN_SWEDISH, weight: 11 },
      { ethnicity: "black", weight: 3, female: words("Amina Hodan Ayaan Fartun Sagal Naima Hibo Ifrah"), male: words("Abdi Mohamed Ahmed Yusuf Hassan Abdullahi Liban Ismail"), surnames: words("Abdi Mohamed Ahmed Hassan Warsame Farah Osman Ali Jama Nur") },
      { ethnicity: "mixed", weight: 4 },
    ],
    cities: words("Stockholm Gothenburg Malmö Uppsala Lund Umeå Linköping Örebro Västerås Helsingborg Jönköping Luleå"),
    complexion: "northern",
  },
  "ja-JP": {
    country: "Japan",
    female: words(
      "Yui Hina Yuna Mei Sakura Aoi Rin Himari Mio Akari Yua Riko Koharu Saki Nanami Haruka Ayaka Misaki Yuka Natsuki Emi Kana Mai Asuka Chihiro Kaori Megumi Yoko Tomoko Naomi Yumi Keiko Noriko Shiori Ayumi Erika Hikari Miyu Nozomi Rina Momoka Kokona Tsumugi Honoka Kaede Mana Ami Rei Sayaka Eri",
    ),
    male: words(
      "Haruto Sota Yuto Minato Riku Yuma Hinata Sosuke Itsuki Ren Hayato Kaito Daiki Takumi Kenta Shota Ryo Kazuki Naoki Hiroshi Takashi Kenji Daisuke Satoshi Makoto Tatsuya Yusuke Kosuke Shun Sho Takeru Tomoya Ryota Koji Akira Masato Tsubasa Haruki Keisuke Yuya Kohei Shinji Taiga Hiroki Ryusei Koki Yuki Tetsuya Noboru Kenichi",
    ),
    unisex: words("Hikaru Makoto Yuki Sora Kaoru Nao Jun Akira Haru Ren Tsubasa Rui"),
    surnames: words(
      "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita",
    ),
    groups: [{ ethnicity: "east asian", weight: 100 }],
    cities: words("Tokyo Osaka Kyoto Yokohama Fukuoka Sapporo Nagoya Kobe Sendai Hiroshima Kanazawa Naha"),
    complexion: "central",
  },
  "pt-BR": {
    country: "Brazil",
    female: words(
      "Helena Alice Laura Maria Valentina Heloísa Cecília Maitê Liz Manuela Júlia Sophia Lívia Isabella Lorena Luísa Beatriz Mariana Ana Gabriela Larissa Camila Fernanda Juliana Amanda Letícia Bruna Carolina Rafaela Vitória Bianca Natália Aline Patrícia Renata Tatiana Vanessa Daniela Priscila Débora Raquel Thaís Yasmin Clara Eduarda Giovanna Lara Sabrina Jéssica Luana",
    ),
    male: words(
      "Miguel Arthur Gael Théo Heitor Ravi Davi Bernardo Noah Gabriel Samuel Pedro Lucas Matheus Rafael Gustavo Felipe Guilherme Enzo Leonardo Bruno Thiago Rodrigo Diego Eduardo Caio Vinícius João Henrique Carlos Paulo Marcelo Fernando André Ricardo Daniel Leandro Fábio Renato Luiz Fabrício Igor Otávio Murilo Cauã Joaquim Benício Lorenzo Anderson Wesley",
    ),
    unisex: words("Alex Ariel Cris Dani Rafa Sasha Noa Ravi"),
    surnames: words(
      "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Pinto Correia Cavalcanti Monteiro Moura Batista Campos Barros Melo Azevedo Reis Castro Farias Duarte Miranda Fonseca Cunha Brandão Peixoto Tavares Siqueira",
    ),
    groups: [
      { ethnicity: "mixed", weight: 44 },
      { ethnicity: "white", weight: 43 },
      { ethnicity: "black", weight: 11 },
      { ...JAPANESE_BRAZILIAN, weight: 2 },
    ],
    cities: words("São_Paulo Rio_de_Janeiro Belo_Horizonte Curitiba Porto_Alegre Recife Salvador Florianópolis Brasília Fortaleza Manaus Campinas Belém"),
    complexion: "southern",
  },
  "hi-IN": {
    country: "India",
    female: words(
      "Aadhya Ananya Diya Saanvi Anika Myra Pari Ira Kiara Navya Priya Pooja Neha Anjali Kavya Riya Shreya Sneha Divya Meera Nisha Aishwarya Deepika Swati Shruti Isha Tanvi Aditi Ritu Sunita Kavita Rekha Lakshmi Radhika Sakshi Nandini Pallavi Shalini Preeti Bhavna Jyoti Simran Sonal Tanya Vidya Geeta Madhuri Ishita Harini Rupali",
    ),
    male: words(
      "Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Ayaan Krishna Ishaan Rohan Rahul Amit Vikram Ravi Sanjay Rajesh Suresh Anil Deepak Karan Nikhil Varun Siddharth Akash Manish Vivek Pranav Abhishek Harsh Gaurav Kunal Saurabh Yash Rakesh Vijay Ajay Mohan Prakash Ashok Naveen Tarun Dhruv Kabir Aniket Raghav Shaurya Atharv Om Dev",
    ),
    unisex: words("Kiran Ashwini Jyoti Sagar Shashi Anand Prem Noor Sunny Chandra"),
    surnames: words(
      "Sharma Verma Gupta Singh Kumar Patel Reddy Rao Iyer Nair Menon Pillai Joshi Mehta Shah Desai Kulkarni Deshpande Chopra Kapoor Malhotra Bhatia Agarwal Jain Mishra Pandey Tiwari Dubey Yadav Chauhan Thakur Rathore Saxena Srivastava Banerjee Chatterjee Mukherjee Das Bose Sen Ghosh Chowdhury Naidu Shetty Hegde Bhatt Trivedi Sinha Khanna Arora",
    ),
    groups: [{ ethnicity: "south asian", weight: 100 }],
    cities: words("Mumbai Bengaluru Delhi Hyderabad Pune Chennai Kolkata Ahmedabad Jaipur Kochi Chandigarh Indore Lucknow"),
    complexion: "central",
  },
};
