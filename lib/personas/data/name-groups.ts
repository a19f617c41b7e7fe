import type { Ethnicity } from "@/lib/avatars/persona-schemas";
import { words } from "./word-list";

/** A community within a locale whose names differ from the majority's; missing lists use the locale's. */
export interface NameGroup {
  ethnicity: Ethnicity;
  weight: number;
  female?: readonly string[];
  male?: readonly string[];
  surnames?: readonly string[];
}

/** Communities that live in several locales, and the name lists they share there. */
export const SOUTH_ASIAN_DIASPORA: Omit<NameGroup, "weight"> = {
  ethnicity: "south asian",
  female: words("Priya Ananya Aisha Diya Kavya Neha Pooja Riya Shreya Anjali Meera Nisha Sana Tara Isha Divya Simran Aditi Zara Noor"),
  male: words("Arjun Rohan Aarav Vikram Rahul Nikhil Sanjay Amit Raj Dev Karan Ravi Imran Sameer Vivek Aditya Neil Ishaan Kabir Omar"),
  surnames: words("Patel Shah Singh Kumar Sharma Gupta Reddy Rao Desai Mehta Joshi Iyer Nair Chopra Kapoor Malhotra Khan Ahmed Hussain Chaudhry"),
};

export const EAST_ASIAN_DIASPORA: Omit<NameGroup, "weight"> = {
  ethnicity: "east asian",
  female: words("Grace Michelle Jennifer Christine Vivian Irene Angela Joyce Cindy Amy Tiffany Emily Sophia Claire Hannah Julia Mei Yuna Hana Jenny"),
  male: words("Kevin Brian Daniel Jason Eric Andrew Justin Steven Jonathan Michael Alex Ryan David Peter Vincent Raymond Kenneth Henry Calvin Wei"),
  surnames: words("Chen Wang Li Zhang Liu Lin Huang Wu Yang Kim Lee Park Choi Wong Chang Cho Kang Yoon Tanaka Nakamura"),
};

export const SOUTHEAST_ASIAN_DIASPORA: Omit<NameGroup, "weight"> = {
  ethnicity: "southeast asian",
  female: words("Linh Thao Mai Anh Trang Maria Angelica Kristine Jasmine Nicole Siti Dewi Ploy Mali Hoa"),
  male: words("Minh Tuan Duc Khoa Bao John Mark Paolo Miguel Rafael Budi Arief Somchai Hieu Long"),
  surnames: words("Nguyen Tran Pham Le Vo Hoang Santos Reyes Cruz Bautista Garcia Mendoza Santoso Wijaya Suzuki"),
};

export const BLACK_AMERICAN: Omit<NameGroup, "weight"> = {
  ethnicity: "black",
  female: words(
    "Aaliyah Imani Jasmine Nia Kiara Destiny Zuri Jada Tiana Maya Alicia Danielle Brianna Simone Aisha Naomi Gabrielle Kennedy Ariana Sydney Alexis Amara Nadia Whitney Erica",
  ),
  male: words(
    "Jamal Malik Darius Andre Marcus Terrence Isaiah Elijah Jalen Xavier Cameron Darnell Devon Khalil Jaylen Kendrick Dominic Jerome Desmond Damon Cedric Maurice Lamar Corey Anthony",
  ),
  surnames: words(
    "Washington Jefferson Jackson Johnson Williams Brown Davis Harris Robinson Thomas Banks Booker Coleman Jenkins Simmons Bryant Alexander Freeman Henderson Gordon Hayes Holmes Wallace Powell Boyd Reid Warren Dixon Grant Carter",
  ),
};

export const HISPANIC_AMERICAN: Omit<NameGroup, "weight"> = {
  ethnicity: "hispanic",
  female: words("Sofia Valentina Camila Isabella Lucia Gabriela Daniela Mariana Ximena Natalia Adriana Andrea Carolina Elena Paola Veronica Alejandra Fernanda Marisol Luz Rosa Jimena Catalina Victoria Yesenia"),
  male: words("Mateo Santiago Diego Alejandro Carlos Javier Luis Miguel Jose Juan Antonio Gabriel Adrian Emiliano Rafael Marco Eduardo Andres Ricardo Fernando Sergio Manuel Julian Cristian Oscar"),
  surnames: words(
    "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Cruz Morales Ortiz Gutierrez Chavez Ramos Mendoza Ruiz Alvarez Castillo Jimenez Vasquez Romero Herrera Medina Aguilar Vargas Castro Guzman",
  ),
};

export const LATIN_AMERICAN_IN_SPAIN: Omit<NameGroup, "weight"> = {
  ethnicity: "hispanic",
  female: words("Valentina Camila Ximena Daniela Gabriela Mariana Fernanda Guadalupe Luciana Renata Antonella Milagros Yesenia Karina Paola"),
  male: words("Santiago Sebastián Matías Emiliano Joaquín Thiago Benjamín Cristian Wilson Édgar Fabián Mauricio Rodrigo Franco Esteban"),
  surnames: words("Quispe Mamani Vargas Rojas Castro Flores Mendoza Silva Salazar Paredes Chávez Ramírez Ortiz Cárdenas Zambrano Guerrero Bermúdez Acosta Villalobos Arias"),
};

export const BLACK_BRITISH: Omit<NameGroup, "weight"> = {
  ethnicity: "black",
  female: words("Amara Chloe Abena Ama Zainab Adaeze Chiamaka Nia Kemi Folake Shanice Jade Kezia Aaliyah Imani Esther Grace Precious Naomi Tolu"),
  male: words("Kwame Kofi Chidi Tunde Femi Emeka Jerome Marcus Dwayne Andre Joel Samuel Daniel Isaac Nathaniel Reuben Kayode Olu Jordan Kelvin"),
  surnames: words("Okafor Mensah Adeyemi Okoro Boateng Owusu Campbell Williams Johnson Brown Thompson Francis Grant Clarke Osei Asante Adebayo Nwosu Bello Agyeman"),
};

export const TURKISH: Omit<NameGroup, "weight"> = {
  ethnicity: "middle eastern",
  female: words("Elif Zeynep Ayşe Emine Merve Esra Selin Derya Aylin Leyla Defne Melis Büşra Sevda Nur"),
  male: words("Emre Can Mehmet Ahmet Mustafa Yusuf Burak Cem Kerem Murat Deniz Serkan Tolga Onur Eren"),
  surnames: words("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç Kurt Özkan Şimşek Polat"),
};

export const NORTH_AFRICAN_FRENCH: Omit<NameGroup, "weight"> = {
  ethnicity: "middle eastern",
  female: words("Yasmine Inès Sarah Myriam Nour Salma Leïla Amira Samira Nadia Sofia Lina Kenza Rania Imane"),
  male: words("Karim Mehdi Youssef Rayan Adam Bilal Sofiane Nassim Amine Hakim Samir Walid Ilyes Yanis Malik"),
  surnames: words("Benali Haddad Belkacem Mansouri Bouzid Cherif Brahimi Hamidi Saidi Meziane Amrani Rahmani Bensaid Khelifi Ziani Lahlou Benchikh Slimani Ouali Ait-Ali"),
};

export const BLACK_FRENCH: Omit<NameGroup, "weight"> = {
  ethnicity: "black",
  female: words("Aminata Fatoumata Awa Mariam Aïssatou Kadiatou Binta Océane Maëlle Grace Christelle Estelle"),
  male: words("Moussa Mamadou Ibrahima Ousmane Amadou Cheikh Lamine Kevin Jordan Steve Yannick Fabrice"),
  surnames: words("Diallo Traoré Koné Diop Camara Touré Ndiaye Sylla Coulibaly Cissé Fofana Keita Baptiste Jean-Louis Sainte-Rose"),
};

export const MOROCCAN_DUTCH: Omit<NameGroup, "weight"> = {
  ethnicity: "middle eastern",
  female: words("Fatima Yasmina Nora Salma Imane Aya Kawtar Hafsa Meryem Elif Zeynep Ilham Sanae Loubna Hajar"),
  male: words("Mohamed Ayoub Bilal Mehdi Anas Soufiane Hamza Yassine Emre Mustafa Ibrahim Karim Younes Omar Nordin"),
  surnames: words("El_Amrani Bouzid Benali Aziz El_Idrissi Ouali Yilmaz Kaya Demir Ait_Taleb Boukhari Haddouchi Tahiri Chaoui Ahmadi"),
};

export const MIDDLE_EASTERN_SWEDISH: Omit<NameGroup, "weight"> = {
  ethnicity: "middle eastern",
  female: words("Sara Yasmin Nour Leila Amina Hiba Rania Maryam Dilan Shirin Hana Lana Rojin Tara Noor"),
  male: words("Mohammed Ali Omar Ahmad Hassan Ibrahim Karim Yusuf Amir Elias Aram Dara Rawand Hamid Samir"),
  surnames: words("Ahmadi Hassan Ali Mohammadi Hussein Karimi Rahimi Saleh Yousef Abdullah Khalil Aziz Haddad Nasser Hosseini"),
};

export const JAPANESE_BRAZILIAN: Omit<NameGroup, "weight"> = {
  ethnicity: "east asian",
  surnames: words("Tanaka Suzuki Yamamoto Nakamura Sato Kobayashi Watanabe Ito Takahashi Yamada Kimura Hayashi Shimizu Okada Matsumoto"),
};

/** Communities a brief can ask for ("Black women", "South Asian founders") in a locale that lacks them. */
export const FALLBACK_NAME_GROUPS: Partial<Record<Ethnicity, Omit<NameGroup, "weight">>> = {
  black: BLACK_AMERICAN,
  hispanic: HISPANIC_AMERICAN,
  "east asian": EAST_ASIAN_DIASPORA,
  "south asian": SOUTH_ASIAN_DIASPORA,
  "southeast asian": SOUTHEAST_ASIAN_DIASPORA,
  "middle eastern": MIDDLE_EASTERN_SWEDISH,
};
