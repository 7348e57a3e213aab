// Cross-language given-name equivalence classes: the forms under which the same person's given name
// appears on sanctions lists, in passports and in the press.
//
// Sources: the Russian, Belarusian and Ukrainian forms are the standard forms of each name in those
// languages (Belarusian and Ukrainian name-day calendars and passport practice; e.g. Аляксандр /
// Олександр for Александр); their Latin spellings are not listed by hand but generated with
// `CyrillicRomanizer` (BGN/PCGN, ICAO 9303, national systems; see CyrillicRomanizationTables). The Latin
// forms added by hand are the spellings that occur in OFAC, EU, UN and UK list entries for the same
// people (checked against the OFAC SDN and alias files in ../shared/lists, 2021-2026) and the cognate
// forms in Polish, Serbian, Bulgarian, Romanian and Western European languages that lists give as
// aliases (Walenty, Andrzej, Wiktor, Piotr, Alexander). Arabic names: ALA-LC and BGN/PCGN romanizations
// of the Arabic form, the French-style spellings used in the Maghreb and West Africa, the Turkish and
// Persian forms, and the Russian-style forms used for Caucasian and Central Asian bearers (Magomed,
// Gusein, Ibragim), all as seen in the same lists.
//
// A class holds forms of one name, not diminutives (Sasha, Misha) or translations between unrelated
// names. A spelling must not be in two classes (checked by `GivenNameEquivalents._checkInvariants()`).

extension GivenNameEquivalents {
    /// One equivalence class: a display name, Cyrillic forms (romanized at load time) and Latin forms.
    struct Entry: Sendable {
        /// Shown in explanations ("given-name equivalent (Aleksandr)").
        var name: String
        var cyrillic: [String]
        /// Lowercase ASCII spellings.
        var latin: [String]

        init(_ name: String, cyrillic: [String] = [], latin: [String]) {
            self.name = name
            self.cyrillic = cyrillic
            self.latin = latin
        }
    }

    static let table: [Entry] = [
        // MARK: East Slavic, men
        Entry("Aleksandr", cyrillic: ["Александр", "Аляксандр", "Олександр", "Александар"],
              latin: ["alexander", "alexandr", "aleksander", "alexandre", "alexandros", "aleksandar", "aliaksandr",
                      "oleksander", "aleksandru"]),
        Entry("Aleksei", cyrillic: ["Алексей", "Аляксей", "Олексій"],
              latin: ["alexei", "alexey", "alexej", "alexsei", "alexsey", "aleksiy", "oleksiy", "oleksii", "aliaksei",
                      "aliaksey"]),
        Entry("Anatoly", cyrillic: ["Анатолий", "Анатоль", "Анатолій"],
              latin: ["anatoli", "anatoly", "anatol", "anatolii"]),
        Entry("Andrei", cyrillic: ["Андрей", "Андрэй", "Андрій"],
              latin: ["andrey", "andrej", "andriy", "andrii", "andrzej"]),
        Entry("Anton", cyrillic: ["Антон"], latin: ["antoni", "antonio"]),
        Entry("Arkady", cyrillic: ["Аркадий", "Аркадзь", "Аркадій"], latin: ["arkadi", "arkady", "arkadiusz"]),
        Entry("Artyom", cyrillic: ["Артём", "Арцём", "Артем"],
              latin: ["artem", "artyom", "artiom", "artsiom", "artsem"]),
        Entry("Boris", cyrillic: ["Борис", "Барыс"], latin: ["borys", "barys"]),
        Entry("Valentin", cyrillic: ["Валентин", "Валянцін"],
              latin: ["valentin", "valentyn", "valiantsin", "valyantsin", "walenty", "walentin"]),
        Entry("Valery", cyrillic: ["Валерий", "Валерый", "Валерій"],
              latin: ["valeri", "valery", "valeriy", "valerii", "waleri"]),
        Entry("Vasily", cyrillic: ["Василий", "Васіль", "Василь"],
              latin: ["vasili", "vasily", "vassily", "vasil", "vasyl", "wasyl", "vasile"]),
        Entry("Viktor", cyrillic: ["Виктор", "Віктар", "Віктор"], latin: ["victor", "wiktor", "viktar"]),
        Entry("Vitaly", cyrillic: ["Виталий", "Віталь", "Віталій"], latin: ["vitali", "vitaly", "vitalii", "witali"]),
        Entry("Vladimir", cyrillic: ["Владимир", "Уладзімір", "Володимир"],
              latin: ["wladimir", "uladzimir", "volodymyr", "volodimir", "wlodzimierz", "vladimer"]),
        Entry("Vladislav", cyrillic: ["Владислав", "Уладзіслаў", "Владислав"],
              latin: ["wladyslaw", "vladyslav", "uladzislau"]),
        Entry("Vyacheslav", cyrillic: ["Вячеслав", "Вячаслаў", "В’ячеслав"],
              latin: ["viacheslav", "vyacheslav", "viachaslau", "wiaczeslaw"]),
        Entry("Gennady", cyrillic: ["Геннадий", "Генадзь", "Геннадій"],
              latin: ["gennadi", "gennady", "gennadiy", "hennadiy", "hennadii", "henadz", "hienadz"]),
        Entry("Georgy", cyrillic: ["Георгий", "Георгій"],
              latin: ["georgi", "georgy", "georgiy", "heorhiy", "heorhii", "jerzy"]),
        Entry("Gleb", cyrillic: ["Глеб", "Гліб"], latin: ["hleb", "hlib"]),
        Entry("Grigory", cyrillic: ["Григорий", "Рыгор", "Григорій"],
              latin: ["grigori", "grigory", "hryhoriy", "hryhorii", "ryhor", "grzegorz"]),
        Entry("Denis", cyrillic: ["Денис", "Дзяніс"], latin: ["denys", "dzianis", "dzyanis"]),
        Entry("Dmitry", cyrillic: ["Дмитрий", "Дзмітрый", "Дмитро", "Димитър", "Димитрий"],
              latin: ["dmitri", "dmitry", "dmitriy", "dmitrii", "dmytro", "dzmitry", "dzmitriy", "dimitri", "dimitry",
                      "dimitar", "dymitr"]),
        Entry("Yevgeny", cyrillic: ["Евгений", "Яўген", "Яўгеній", "Євген", "Євгеній"],
              latin: ["evgeny", "evgeni", "yevgeny", "yevgeni", "yevhen", "yevgen", "ievgen", "ievgenii", "jevgenij",
                      "eugene", "eugen", "eugeniusz", "yauhen", "yauheni"]),
        Entry("Yegor", cyrillic: ["Егор", "Ягор", "Єгор"], latin: ["egor", "yegor", "yahor", "yehor", "jegor"]),
        Entry("Ivan", cyrillic: ["Иван", "Іван"], latin: ["ivan", "yvan", "iwan"]),
        Entry("Igor", cyrillic: ["Игорь", "Ігар", "Ігор"], latin: ["igor", "ihar", "ihor", "ygor"]),
        Entry("Ilya", cyrillic: ["Илья", "Ілья", "Ілля"], latin: ["ilya", "ilia", "illia", "illya", "ilja"]),
        Entry("Iosif", cyrillic: ["Иосиф", "Язэп", "Йосип", "Осип"],
              latin: ["iosif", "josif", "yosyp", "osip", "josef", "joseph", "jozef", "jozsef"]),
        Entry("Kirill", cyrillic: ["Кирилл", "Кірыл", "Кирило"],
              latin: ["kiril", "kirill", "kiryl", "kyrylo", "cyril", "cyrille"]),
        Entry("Konstantin", cyrillic: ["Константин", "Канстанцін", "Костянтин"],
              latin: ["konstantin", "constantin", "constantine", "kanstantsin", "kostiantyn", "kostyantyn",
                      "konstanty", "konstantinos"]),
        Entry("Leonid", cyrillic: ["Леонид", "Леанід", "Леонід"], latin: ["leanid", "leonidas"]),
        Entry("Maksim", cyrillic: ["Максим", "Максім"],
              latin: ["maxim", "maksym", "maksim", "maxime", "maksymilian"]),
        Entry("Matvei", cyrillic: ["Матвей", "Мацвей", "Матвій"],
              latin: ["matvei", "matvey", "matsvei", "matviy", "matvii", "mateusz"]),
        Entry("Mikhail", cyrillic: ["Михаил", "Міхаіл", "Міхась", "Міхал", "Михайло", "Михаило", "Михајло"],
              latin: ["mikhail", "michail", "mihail", "mikhas", "mykhailo", "mykhaylo", "mihajlo", "michal", "mikhal"]),
        Entry("Nikita", cyrillic: ["Никита", "Мікіта", "Микита"], latin: ["nikita", "mikita", "mykyta"]),
        Entry("Nikolai", cyrillic: ["Николай", "Мікалай", "Микола", "Никола"],
              latin: ["nikolai", "nikolay", "nicolai", "nicolay", "nikolaj", "mikalai", "mikalay", "mykola", "mikola",
                      "nicolae", "nikola", "mikolaj"]),
        Entry("Oleg", cyrillic: ["Олег", "Алег"], latin: ["oleg", "oleh", "aleh", "olegs"]),
        Entry("Pavel", cyrillic: ["Павел", "Павал", "Павло"],
              latin: ["pavel", "pawel", "pavlo", "paval", "pavol", "pavle"]),
        // Peter's Western forms share keys with the Slavic ones (Pieter ~ Peter, Pietro ~ Petro): one class.
        Entry("Pyotr", cyrillic: ["Пётр", "Пятро", "Петро", "Петър", "Петар"],
              latin: ["pyotr", "piotr", "petr", "petro", "pyatro", "piatro", "petar", "pjotr", "peter", "pieter",
                      "pietro", "pedro", "pierre"]),
        Entry("Roman", cyrillic: ["Роман", "Раман"], latin: ["raman"]),
        Entry("Semyon", cyrillic: ["Семён", "Сямён", "Семен"],
              latin: ["semyon", "semen", "semion", "siamion", "semjon"]),
        Entry("Sergei", cyrillic: ["Сергей", "Сяргей", "Сергій"],
              latin: ["sergei", "sergey", "sergej", "siarhei", "siarhey", "serhiy", "serhii", "sergiy", "sergii",
                      "serghei", "sergiu"]),
        Entry("Stanislav", cyrillic: ["Станислав", "Станіслаў", "Станіслав"], latin: ["stanislaw", "stanislau"]),
        Entry("Stepan", cyrillic: ["Степан", "Сцяпан"], latin: ["stsiapan", "stsyapan"]),
        Entry("Timofei", cyrillic: ["Тимофей", "Цімафей", "Тимофій"],
              latin: ["timofei", "timofey", "tsimafei", "tymofiy", "tymofii"]),
        Entry("Fyodor", cyrillic: ["Фёдор", "Фёдар", "Федір"],
              latin: ["fedor", "fyodor", "fiodor", "fedir", "fiodar", "feodor"]),
        Entry("Yuri", cyrillic: ["Юрий", "Юрый", "Юры", "Юрій"],
              latin: ["yuri", "yury", "yurii", "iurii", "yuriy", "jurij", "juri", "iouri", "youri", "yurij"]),
        Entry("Yakov", cyrillic: ["Яков", "Якаў", "Яків"], latin: ["yakov", "jakov", "iakov", "yakiv", "yakau"]),
        Entry("Yaroslav", cyrillic: ["Ярослав", "Яраслаў"], latin: ["yaroslav", "jaroslav", "jaroslaw", "yaraslau"]),
        Entry("Vadim", cyrillic: ["Вадим", "Вадзім"], latin: ["vadim", "vadym", "vadzim", "wadim"]),
        Entry("Eduard", cyrillic: ["Эдуард", "Едуард"], latin: ["eduard", "edouard", "eduardo"]),
        // MARK: East Slavic, women
        Entry("Aleksandra", cyrillic: ["Александра", "Аляксандра", "Олександра"],
              latin: ["alexandra", "aleksandra", "aliaksandra"]),
        Entry("Anna", cyrillic: ["Анна", "Ганна"], latin: ["anna", "hanna", "ganna", "ana"]),
        Entry("Valentina", cyrillic: ["Валентина", "Валянціна"], latin: ["valentyna", "valiantsina", "walentyna"]),
        Entry("Galina", cyrillic: ["Галина", "Галіна"], latin: ["galina", "halina", "halyna"]),
        Entry("Yekaterina", cyrillic: ["Екатерина", "Кацярына", "Катерина"],
              latin: ["ekaterina", "yekaterina", "katsiaryna", "kateryna", "katerina", "katarzyna", "ecaterina"]),
        Entry("Yelena", cyrillic: ["Елена", "Алена", "Олена", "Алёна"],
              latin: ["elena", "yelena", "jelena", "alena", "olena", "alyona", "ielena"]),
        Entry("Irina", cyrillic: ["Ирина", "Ірына", "Ірина"], latin: ["irina", "iryna", "iryina"]),
        Entry("Lyudmila", cyrillic: ["Людмила", "Людміла"],
              latin: ["lyudmila", "liudmila", "ludmila", "lyudmyla", "liudmyla", "ludmilla"]),
        Entry("Lyubov", cyrillic: ["Любовь", "Любоў", "Любов"],
              latin: ["lyubov", "liubov", "lubov", "liubou", "lyubou"]),
        Entry("Maria", cyrillic: ["Мария", "Марыя", "Марія"],
              latin: ["maria", "mariya", "mariia", "maryia", "marija", "marie"]),
        // Ukrainian Надія (Nadiya) is left out: its spellings are those of the unrelated Arabic Nadia.
        Entry("Nadezhda", cyrillic: ["Надежда", "Надзея"], latin: ["nadezhda", "nadzeya", "nadzeia"]),
        Entry("Natalia", cyrillic: ["Наталья", "Наталля", "Наталія", "Наталия"],
              latin: ["natalia", "natalya", "natallia", "nataliya", "nataliia", "natalija", "nathalie", "natalie"]),
        Entry("Olga", cyrillic: ["Ольга", "Вольга"], latin: ["olga", "olha", "volha", "olia"]),
        Entry("Svetlana", cyrillic: ["Светлана", "Святлана", "Світлана"],
              latin: ["svetlana", "sviatlana", "svyatlana", "svitlana"]),
        Entry("Tatiana", cyrillic: ["Татьяна", "Таццяна", "Тетяна"],
              latin: ["tatiana", "tatyana", "tatsiana", "tatsyana", "tetiana", "tetyana", "tatjana"]),
        Entry("Yulia", cyrillic: ["Юлия", "Юлія"], latin: ["yulia", "yuliya", "iuliia", "julia", "julija", "yuliia"]),
        // MARK: Arabic and Islamic names
        // Somali spellings (`Cali`, `Maxamed`, `Xasan`) follow the Somali Latin orthography of 1972, which writes
        // Arabic ع as `c`, ح as `x` and long vowels doubled; OFAC's and the UN's Somali entries use them
        // (`YARE, Cali`).
        Entry("Muhammad",
              latin: ["muhammad", "mohammed", "mohamed", "mohamad", "mohammad", "muhammed", "muhamad", "muhamed",
                      "mohamud", "mohamoud", "mahamat", "mohd", "magomed", "mukhammad", "mukhammed", "mukhamed",
                      "mehmet", "mehmed", "muhamet", "maxamed", "maxammed"]),
        Entry("Ahmad", latin: ["ahmad", "ahmed", "akhmad", "akhmed", "ahmet", "achmed", "ahmat", "akhmat", "axmed"]),
        Entry("Husayn",
              latin: ["husayn", "hussein", "husain", "hussain", "husein", "huseyin", "hossein", "hosein", "houssein",
                      "hussayn", "gusein", "khusein", "huseyn", "xuseen"]),
        Entry("Hasan", latin: ["hasan", "hassan", "khasan", "hassane", "gasan", "xasan"]),
        Entry("Yusuf",
              latin: ["yusuf", "youssef", "yousef", "yousif", "yusif", "yusef", "yousuf", "youcef", "yussuf", "jusuf",
                      "youssouf", "yuusuf"]),
        Entry("Umar", latin: ["umar", "omar", "omer", "oumar", "cumar"]),
        Entry("Uthman", latin: ["uthman", "osman", "othman", "usman", "othmane", "usmon", "osmane", "otman", "cusmaan"]),
        Entry("Abu", latin: ["abu", "abou", "ebu"]),
        Entry("Ali", latin: ["ali", "aly", "cali"]),
        Entry("Ibrahim", latin: ["ibrahim", "ebrahim", "ibragim", "brahim", "ibrahima", "ibraheem", "ibraahim"]),
        Entry("Ismail", latin: ["ismail", "ismael", "esmail", "ismoil", "ismayil", "smail", "ismaeel", "ismaaciil"]),
        Entry("Mustafa", latin: ["mustafa", "mostafa", "moustafa", "mustapha", "mostapha", "moustapha"]),
        Entry("Mahmud", latin: ["mahmud", "mahmoud", "mahmood", "makhmud", "mahmut", "maxamuud"]),
        Entry("Khalid", latin: ["khalid", "khaled", "halid", "halit", "khaleed"]),
        Entry("Abdullah",
              latin: ["abdullah", "abdallah", "abdulla", "abdalla", "abdellah", "abdollah", "abdoulaye", "abdullahi",
                      "cabdullahi"]),
        Entry("Said", latin: ["said", "saeed", "saied", "saeid", "sayeed", "saiid"]),
        Entry("Hamza", latin: ["hamza", "hamzah", "hamzeh", "hamzat"]),
        Entry("Jamal", latin: ["jamal", "gamal", "djamel", "cemal", "dzhamal"]),
        Entry("Yahya", latin: ["yahya", "yehia", "yahia", "yahiya"]),
        Entry("Usama", latin: ["usama", "osama", "oussama", "ousama"]),
        Entry("Sulayman",
              latin: ["sulayman", "suleiman", "sulaiman", "suleyman", "soliman", "sulejman", "suliman", "slimane",
                      "sleiman"]),
        Entry("Musa", latin: ["musa", "moussa", "mousa", "mussa", "muuse"]),
        Entry("Isa", latin: ["isa", "issa", "eisa", "eesa", "ciise"]),
        Entry("Faisal", latin: ["faisal", "faysal", "feisal", "faycal", "fayssal"]),
        Entry("Yaqub", latin: ["yaqub", "yacoub", "yakub", "yaqoub", "yacub", "yaaqub"]),
        Entry("Abd al-Rahman",
              latin: ["abdulrahman", "abdelrahman", "abdurrahman", "abderrahmane", "abdirahman", "abdurahman",
                      "abdalrahman", "abdrakhman", "cabdiraxmaan"]),
        Entry("Abd al-Aziz", latin: ["abdulaziz", "abdelaziz", "abdalaziz", "abdulazeez", "abdoulaziz"]),
        Entry("Salah al-Din", latin: ["salahuddin", "salaheddine", "salahaldin", "salahudin"]),
        Entry("Nasr al-Din", latin: ["nasruddin", "nasreddine", "nasraldin", "nasriddin", "nasreddin"]),
        // MARK: Western spelling variants
        Entry("Philip", latin: ["philip", "phillip", "philipp", "filip", "felipe", "philippe"]),
        Entry("Stephen", latin: ["stephen", "steven", "stefan", "stephan", "stephane", "esteban"]),
        Entry("Michael", latin: ["michael", "mikael", "michel", "miguel", "michele"]),
        Entry("John", latin: ["john", "johann", "johannes", "jean", "juan", "giovanni", "joao"]),
    ]
}
