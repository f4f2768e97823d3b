"""Second, independently written held-out evaluation set for the personal-data detector.

    python benchmarks/pii/heldout2.py          # writes benchmarks/pii/heldout2.jsonl (seeded, ~700 docs)

Written without reading the detector, its tests or the other benchmark sets, to estimate how well
the detector generalises to documents nobody tuned it on. 100 documents in each of en, fr, de, es,
it, nl, pl, built from 24 hand-written frames per language (e-mail threads with quoted replies,
decisions, discharge letters, claims, school reports, applications, references, tenancy letters,
fines, tax letters, consultation responses, posts, press items, statements, delivery notes, ...).

Person names: a third from Faker (the language's locale), a third from the REGIONAL lists below
(regions and minorities of the country), a third from the ELSEWHERE lists (people from other
countries living there); each PERSON span records it in `name_source` (faker/regional/elsewhere).
Identifiers pass python-stdnum's checks, phones pass phonenumbers.is_valid_number, cards pass Luhn.
Only values that are personal data of a person are labelled; companies (also those named after
people), streets, hospitals, schools, brands, case numbers, dates, amounts, ISBNs and version
numbers are deliberately left unlabelled as negatives. Company/role contact data is avoided
altogether so that every labelled value is unambiguous.

Frame syntax:
  {A} {A.first} {A.last} {A.s1} {A.init} {A.fl} {A.rev} {A.comma} {A.LAST} {A.UP} {A.lower}
  {A.flower} {A.poss}             persons A-D (PERSON; name only, a possessive suffix stays outside)
  {A?he|she}                      text chosen by A's gender (not labelled)
  {A.t} {A.T} {A.dob}             courtesy title short/long, date of birth (not labelled)
  {A.mail[:domain]} {A.phone[:CC]} {A.mobile[:CC]} {A.iban[:CC]} {A.card} {A.ip} {A.ip6}
  {A.vat[:CC]} {A.nid[:LABEL]}    personal identifiers (labelled)
  {co} {co:Garage *} {street} {city} {hosp} {school} {brand} {car} {ref} {date} {dd} {time}
  {amount} {year} {isbn} {ver}    negatives; a trailing digit asks for another value ({date2}),
                                  an upper-case name for capitals ({CO}, {CITY}); "*" in a company
                                  pattern is replaced by a surname
  [[one||other]]                  alternatives
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
from faker import Faker
from stdnum import ean, luhn, numdb
from stdnum import iban as std_iban
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie, nif
from stdnum.eu import vat as eu_vat
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.ie import vat as ie_vat
from stdnum.it import codicefiscale
from stdnum.iso7064 import mod_11_10
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer

SEED = 20250617
DOCS_PER_LANG = 100
OUT = Path(__file__).with_suffix(".jsonl")
LANGS = ["en", "fr", "de", "es", "it", "nl", "pl"]
FAKER_LOCALE = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL"}
COUNTRY = {"en": "GB", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL"}
DEFAULT_NID = {"en": "IE_PPSN", "fr": "FR_NIR", "de": "DE_TAX_ID", "es": "ES_NIF", "it": "IT_FISCAL_CODE",
               "nl": "NL_BSN", "pl": "PL_PESEL"}
NID_CHECK = {"DE_TAX_ID": idnr, "FR_NIR": nir, "NL_BSN": bsn, "PL_PESEL": pesel, "ES_NIF": nif,
             "IT_FISCAL_CODE": codicefiscale, "BE_NATIONAL_NUMBER": nn, "AT_SSN": vnr, "PT_NIF": pt_nif,
             "IE_PPSN": pps, "DK_CPR": cpr, "SE_PERSONNUMMER": personnummer}

# --------------------------------------------------------------------------------------------
# Names written for this set. Group: (label, male first names, female first names, surnames, flags)
# "_" joins words of one name, "m|f" gives gendered surname forms.
# flags: "2" = two Spanish-style surnames, "ff" = family name written first.
# --------------------------------------------------------------------------------------------
REGIONAL = {
    "en": [
        ("welsh", "Rhys Dafydd Gethin Iestyn Owain Emyr Huw", "Siân Cerys Angharad Nia Ffion Eirlys Non",
         "Llewellyn Pritchard Bevan Vaughan ap_Gwilym Prosser Gruffydd", ""),
        ("scottish", "Ruaraidh Callum Hamish Alasdair Fraser Euan", "Eilidh Morag Iona Catriona Kirsty Isla",
         "MacLeod Mackenzie MacDonald Sutherland McAllister Urquhart Buchanan", ""),
        ("irish", "Cian Oisín Tadhg Seán Pádraig Darragh Ruairí", "Siobhán Aoife Niamh Caoimhe Gráinne Róisín Saoirse",
         "O'Donnell O'Sullivan McCarthy Fitzgerald Ó_Ceallaigh|Ní_Cheallaigh Kavanagh Ó_Súilleabháin|Ní_Shúilleabháin", ""),
        ("cornish", "Jago Piran Kitto Jory", "Demelza Morwenna Tamsin Kerensa",
         "Trevithick Pengelly Penhaligon Tremayne Nancarrow Polglase", ""),
        ("northern-irish", "Ciarán Conor Eamonn", "Orla Clodagh Shauna", "McCann Doherty Quinn Devlin Donnelly McKeown", ""),
        ("british-asian", "Imran Tariq Rajesh Gurdeep Sanjay Bilal", "Nasreen Priya Ayesha Manpreet Shabana Rukhsana",
         "Patel Chaudhry Sandhu Hussain Mistry Ahmed Gill Khan", ""),
        ("caribbean-british", "Delroy Winston Leroy Desmond", "Marcia Beverley Claudette Paulette",
         "Campbell Francis McKenzie Gayle Brathwaite", ""),
        ("double-barrelled", "Rupert Hugo Piers Crispin", "Arabella Harriet Philippa Clementine",
         "Ashworth-Kemp Harding-Vale Lyle-Pemberton Carew-Hunt Fortescue-Brown", ""),
    ],
    "fr": [
        ("breton", "Yann Gwenaël Erwan Loïc Goulven Tanguy", "Maïwenn Nolwenn Gwenola Soizic Enora",
         "Le_Goff Le_Gall Kerdraon Quéméner Le_Bihan Guivarc'h Le_Floc'h", ""),
        ("corse", "Ange Paul-Antoine Jean-Baptiste Dominique", "Marie-Dominique Letizia Ghjulia Maria-Francesca",
         "Santoni Casanova Luciani Orsini Filippi Albertini", ""),
        ("alsacien", "Aloyse Théo Florent Jean-Marc Arsène", "Odile Lise Marie-Odile Christiane",
         "Schaeffer Kuntz Wurtz Muller Heitz Ehrhart", ""),
        ("basque", "Iñaki Peio Beñat Xabi Ramuntxo", "Maialen Amaia Kattalin Itxaso",
         "Etcheverry Harispe Iriart Duhalde Etchegaray Elissalde", ""),
        ("occitan", "Guilhem Bastien Frédéric Aurélien", "Magali Mireille Fanny Estelle",
         "Fabre Castan Sabatier Rouquette Cazals Bousquet", ""),
        ("maghrebin", "Karim Mehdi Yacine Nordine Rachid Sofiane", "Samira Nadia Leïla Yasmina Souad Inès",
         "Benali Belkacem Haddad Bouzid Aït-Ahmed Ben_Moussa Mebarki", ""),
        ("antillais", "Thierry Jean-Claude Willy Steeve", "Lucette Maryse Josiane Murielle",
         "Marie-Sainte Jean-Louis Bellance Zébina Hilaire Céleste", ""),
        ("armenien", "Aram Grégoire Haïk", "Anouch Nairi Séda", "Manoukian Kazarian Tchakerian Boyadjian Der_Petrossian", ""),
        ("particule", "Charles-Henri Louis-Marie Foucauld Amaury", "Marie-Laure Anne-Sophie Bérengère Albane",
         "de_Kervéguen d'Auberville du_Pontavice de_La_Haye de_Montferrand d'Harcourt", ""),
    ],
    "de": [
        ("bairisch", "Korbinian Xaver Josef Alois Quirin Vitus", "Veronika Theresa Kreszenz Walburga Magdalena",
         "Obermaier Brandstätter Hinterseer Moosbrugger Wimmer Aigner", ""),
        ("friesisch", "Okke Tade Boy Ubbo Hauke", "Fenna Ocka Tjarda Frauke Imke Wiebke",
         "Boysen Ketels Jannsen Ubben Hinrichs Ommen", ""),
        ("sorbisch", "Měrćin Jurij Beno Marko Handrij", "Hanka Milena Měrana Lenka", "Nuk Wjelan Cyž Brězan Šołta Kowar Nawka", ""),
        ("daenisch", "Søren Jens Niels Morten", "Inge Karen Mette Sigrid", "Sørensen Christiansen Nissen Thomsen Jessen", ""),
        ("schwaebisch", "Gottlob Eberhard Hansjörg Wolfgang", "Hildegard Trudel Renate Gerlinde",
         "Häberle Kächele Bürkle Dürr Hägele Schäufele", ""),
        ("saechsisch", "Ronny Enrico Mirko Rico", "Mandy Peggy Ramona Doreen", "Kretzschmar Uhlig Löbel Gräfe", ""),
        ("tuerkeistaemmig", "Murat Cem Hakan Emre Serkan", "Ayşe Elif Derya Sevgi Dilek", "Yılmaz Öztürk Demir Kaya Çelik Aydın", ""),
        ("russlanddeutsch", "Waldemar Viktor Eduard Alexander", "Olga Swetlana Lydia Natalja", "Dück Janzen Penner Reimer Unruh", ""),
        ("doppelnamen-adel", "Hans-Jürgen Karl-Heinz Friedrich-Wilhelm Jan-Hendrik", "Anna-Lena Marie-Luise Eva-Maria Hannelore",
         "Schulze-Eckel Meyer-Hartwig Lange-Brettschneider Krüger-Osterloh von_Alvensleben von_der_Lühe", ""),
        ("oesterreichisch", "Florian Lukas Stefan", "Johanna Theresia Lena", "Pichler Gruber Wallner Leitner Hofer", ""),
    ],
    "es": [
        ("catalan", "Jordi Pau Oriol Arnau Jaume Xavier", "Montserrat Núria Laia Mireia Meritxell Neus",
         "Puig Vilaró Casals Ferrer Pujol Soler Batlle Riera", "2"),
        ("vasco", "Iñaki Gorka Aitor Unai Iker Jon", "Itziar Ainhoa Nerea Amaia Garazi Miren",
         "Etxeberria Goikoetxea Agirre Urrutia Arrieta Zubizarreta Olaizola", "2"),
        ("gallego", "Xosé Brais Anxo Xoán Uxío", "Uxía Iria Antía Sabela Noela", "Castro Otero Vázquez Pereiro Rial Lamas Seoane", "2"),
        ("andaluz", "José_Manuel Juan_Antonio Francisco_Javier Manuel", "María_del_Carmen Rocío Macarena María_José Inmaculada",
         "Jiménez Moreno Romero Muñoz Ruiz Cabello", "2"),
        ("gitano", "Antonio Rafael Israel Joaquín", "Remedios Triana Esperanza Soledad", "Heredia Amaya Cortés Montoya Motos Flores", "2"),
        ("canario", "Aythami Yeray Airam Acaymo", "Acerina Idaira Guacimara Yaiza", "Hernández Cabrera Perdomo Déniz Betancor Santana", "2"),
        ("balear-valenciano", "Vicent Joan Toni Miquel", "Amparo Xisca Margalida Empar", "Mascaró Bauzà Ferragut Salom Vidal Sastre", "2"),
        ("particulas", "Álvaro Gonzalo Íñigo", "Cayetana Inés Blanca", "de_la_Fuente del_Río de_los_Santos de_Miguel Fernández-Cuesta Pérez-Llorca", "2"),
    ],
    "it": [
        ("sardo", "Gavino Efisio Bachisio Giommaria", "Bonaria Giovanna Maria_Grazia Tonina", "Pinna Sanna Piras Deiana Porcu Mura Cadoni", ""),
        ("siciliano", "Calogero Salvatore Rosario Carmelo", "Concetta Carmela Santina Agata", "Lo_Presti La_Rosa Li_Causi Lo_Bianco Scimè Di_Stefano", ""),
        ("sudtirolese", "Florian Lukas Matthias Manfred", "Verena Magdalena Evi Waltraud", "Pichler Gruber Oberhofer Kofler Mair Thaler", ""),
        ("ladino", "Iaco Ruben Tone", "Agnes Nadia Ilda", "Pescosta Irsara Costamoling Pitscheider Demetz", ""),
        ("friulano", "Tarcisio Gianfranco Elio", "Tiziana Nives Lucia", "Cescutti Tonutti Zanutto Del_Zotto Pittino", ""),
        ("sloveno", "Boris Igor Marko", "Nataša Vesna Jasna", "Kocjančič Pahor Križman Sancin Gruden", ""),
        ("arbereshe", "Giorgio Demetrio Atanasio", "Lucia Maria_Teresa Costantina", "Bellusci Scura Matrangolo Frascino Schirò", ""),
        ("campano-pugliese", "Gennaro Ciro Vincenzo Pasquale", "Assunta Annunziata Immacolata Carmela",
         "D'Amico D'Angelo Esposito De_Simone Capuano Iannuzzi", ""),
        ("veneto", "Sante Ottavio Bepi", "Nives Graziella Gemma", "Zanon Bortolin Da_Ros Dal_Molin Tonon", ""),
    ],
    "nl": [
        ("fries", "Sjoerd Wybren Tjeerd Hylke Jelle Gerben", "Sjoukje Antsje Tsjitske Geeske Baukje",
         "Hoekstra Dijkstra Wijbenga Bergsma Postma Zijlstra de_Boer", ""),
        ("limburgs", "Sjef Huub Jo Twan Har", "Mia Truus Jet Lieske", "Janssen Hermans Schreurs Ramakers Crombach Vankan", ""),
        ("brabants", "Toon Harrie Piet Driek", "Anneke Riek Mieke Diny", "van_den_Heuvel van_der_Linden Verhoeven van_Rooij van_Kessel de_Laat", ""),
        ("zeeuws", "Adriaan Cornelis Izaak", "Maatje Jacoba Pieternella", "Hollestelle Koppejan Minderhoud Dellebeke Wisse", ""),
        ("surinaams", "Roy Clarence Ravi Sunil Orlando", "Ursula Shanti Navita Gracia", "Ramdin Kanhai Sital Pinas Haarloo Biharie", ""),
        ("moluks", "Johny Ricky Semuel", "Femmy Jacomina Martha", "Pattinama Latumahina Sahetapy Manuhutu Tuankotta", ""),
        ("antilliaans", "Shurandy Giovanni Rudsel", "Sharelle Jeanelle Shanaira", "Martina Rosaria Isenia Doran Pieternella", ""),
        ("marokkaans-nederlands", "Mohamed Khalid Youssef Nordin", "Naima Fatima Hanan Samira", "El_Khattabi Ouali Bouzian El_Idrissi Amrani", ""),
        ("turks-nederlands", "Mehmet Kemal Burak", "Fatma Esra Büşra", "Yıldız Koç Şahin Aksoy", ""),
        ("tussenvoegsels", "Floris Reinier Diederik", "Maud Jacqueline Anne-Marie",
         "van_Lynden de_Jonge_van_Ellemeet van_Heemstra van_der_Does ter_Horst op_den_Akker", ""),
    ],
    "pl": [
        ("slaskie", "Alojzy Gerard Hubert Ryszard Ginter", "Gertruda Brygida Elfryda Jadwiga", "Pyka Mrozek Szołtysek Świerc Kocur Kandzia", ""),
        ("kaszubskie", "Kazimierz Józef Bolesław Leszek", "Bożena Danuta Halina Gertruda", "Labuda Necel Kreft Bork Formela Treder Piepka", ""),
        ("goralskie", "Józef Jędrzej Wojciech Stanisław", "Zofia Hanna Maryna Anna",
         "Gąsienica-Daniel Bachleda-Curuś Krzeptowski|Krzeptowska Zwijacz Karpiel Chowaniec", ""),
        ("mniejszosc-niemiecka", "Norbert Waldemar Dietmar Henryk", "Roswitha Edeltrauda Ingryda Helga", "Kroll Galla Niestrój Hadamik Langosz", ""),
        ("mniejszosc-ukrainska", "Bohdan Roman Mirosław Jarosław", "Oksana Łesia Ołena Iryna", "Hnatiuk Szewczuk Łucyk Hnatyszyn Kociubiński|Kociubińska", ""),
        ("mniejszosc-bialoruska", "Mikołaj Jerzy Aleksy Eugeniusz", "Nina Larysa Walentyna Ludmiła", "Łukaszuk Nazaruk Sawczuk Kondratiuk Sacharczuk", ""),
        ("lemkowska", "Petro Teodor Semen", "Paraska Maria Olena", "Trochanowski|Trochanowska Horoszczak Dziadyk Chomiak", ""),
        ("tatarska", "Selim Dżemil Aleksander Mustafa", "Safija Halina Emilia", "Bogdanowicz Chalecki|Chalecka Miśkiewicz Aleksandrowicz Szahidewicz", ""),
        ("kurpiowsko-mazurska", "Jan Stanisław Tadeusz", "Marianna Stanisława Teresa", "Brzozowski|Brzozowska Dąbkowski|Dąbkowska Olender Mroczek", ""),
    ],
}

ELSEWHERE = {
    "en": [
        ("nigerian", "Chukwuemeka Oluwaseun Babajide Ikechukwu Tunde", "Ngozi Funmilayo Chiamaka Adaeze Folake", "Okafor Adeyemi Ogunleye Nwosu Balogun Eze", ""),
        ("ghanaian", "Kwame Kofi Yaw Kwabena", "Akosua Ama Abena Efua", "Mensah Boateng Asante Owusu Appiah", ""),
        ("polish", "Wojciech Paweł Grzegorz Łukasz", "Agnieszka Katarzyna Małgorzata Joanna", "Zieliński|Zielińska Wiśniewski|Wiśniewska Nowak Kowalczyk Wójcik", ""),
        ("romanian", "Ionuț Andrei Mihai Bogdan", "Andreea Ioana Elena Raluca", "Popescu Dumitrescu Constantin Stoica Munteanu", ""),
        ("indian", "Venkatesh Arjun Rahul Vikram", "Lakshmi Ananya Deepa Kavitha", "Subramanian Iyer Reddy Nair Krishnan", ""),
        ("filipino", "Rodel Jerome Mark_Anthony Jomar", "Maricel Rowena Jennylyn Analyn", "Dela_Cruz Bautista Villanueva Santos Reyes", ""),
        ("chinese", "Wei Jun Hao Zhiwei", "Xiaoling Mei Yan Fang", "Zhang Chen Li Wang Liu", ""),
        ("brazilian", "João_Pedro Thiago Rafael", "Thaís Juliana Larissa", "da_Silva Oliveira Santos Ferreira Souza", ""),
        ("somali", "Abdirahman Mohamed Abdullahi", "Hodan Fadumo Amina", "Farah Warsame Hassan Abdi", ""),
        ("lithuanian", "Tomas Mantas Darius", "Rūta Ieva Greta", "Kazlauskas|Kazlauskienė Petrauskas|Petrauskienė Jankauskas|Jankauskienė", ""),
        ("portuguese", "Tiago Rui Duarte", "Inês Beatriz Leonor", "Gonçalves Rodrigues Pereira", ""),
    ],
    "fr": [
        ("senegalais", "Mamadou Ousmane Cheikh Ibrahima", "Awa Fatou Aminata Khady", "Diop Ndiaye Diallo Sow Fall Sarr", ""),
        ("malien", "Moussa Sekou Bakary", "Aïssata Mariam Oumou", "Traoré Keïta Coulibaly Diarra Konaté", ""),
        ("vietnamien", "Văn_Long Minh_Tuấn Quốc_Bảo", "Thị_Mai Thu_Hà Ngọc_Anh", "Nguyễn Trần Phạm Lê", "ff"),
        ("portugais", "João Rui Nuno Tiago", "Maria_da_Conceição Ana_Rita Inês Filipa", "Ferreira Gonçalves Rodrigues Fernandes Lopes_da_Costa", ""),
        ("camerounais", "Jean-Paul Serge Hervé", "Brigitte Chantal Solange", "Mbarga Njoya Essomba Fotso Tchoumi", ""),
        ("roumain", "Mihai Ionuț Cătălin", "Ioana Andreea Alina", "Ionescu Constantinescu Popa Marin", ""),
        ("libanais", "Rami Georges Nabil", "Rania Maya Carla", "Khoury Nassar Abou_Jaoudé Sfeir", ""),
        ("ivoirien", "Koffi Yao Ange-Didier", "Adjoua Akissi Affoué", "Kouassi Konan N'Guessan Kouamé", ""),
        ("chinois", "Wei Lei Jian", "Xiuying Lin Jing", "Wang Zhang Chen Zhou", "ff"),
        ("haitien", "Jean-Robert Wilner Frantz", "Ketly Mirlande Nadège", "Pierre-Louis Dorsainvil Joseph Jean-Baptiste", ""),
        ("turc", "Mehmet Emre Yusuf", "Zeynep Elif Hatice", "Yılmaz Demir Kaya Aslan", ""),
        ("bresilien", "Thiago Rodrigo", "Fernanda Camila", "Oliveira Souza Almeida", ""),
    ],
    "de": [
        ("syrisch", "Mohammad Abdulrahman Khaled Omar", "Rama Hiba Lina Nour", "Alkhalil Alali Haddad Al-Hassan Kassem", ""),
        ("polnisch", "Paweł Marek Tomasz Krzysztof", "Katarzyna Agnieszka Magdalena Ewa", "Wójcik Nowak Kamiński|Kamińska Lewandowski|Lewandowska Zając", ""),
        ("italienisch", "Salvatore Giuseppe Antonio", "Giuseppina Rosaria Francesca", "Russo Esposito Romano Greco", ""),
        ("griechisch", "Georgios Dimitrios Konstantinos", "Eleni Maria Sofia", "Papadopoulos|Papadopoulou Nikolaidis|Nikolaidou Georgiou", ""),
        ("vietnamesisch", "Văn_Hùng Đức_Minh", "Thị_Lan Thu_Trang", "Nguyễn Trần Phạm Vũ", "ff"),
        ("eritreisch", "Yonas Tesfay Dawit", "Selam Helen Senait", "Ghebremariam Haile Tesfamariam Berhane", ""),
        ("kroatisch", "Ivan Marko Josip", "Marija Ivana Ana", "Horvat Kovačević Babić Marić", ""),
        ("afghanisch", "Ahmad Mustafa Farid", "Mariam Zahra Shabnam", "Rahimi Sultani Ahmadi Karimi", ""),
        ("indisch", "Rahul Siddharth Anil", "Priya Shreya Anjali", "Sharma Verma Iyer Nair", ""),
        ("rumaenisch", "Florin Adrian Ciprian", "Daniela Roxana Mirela", "Popa Moldovan Rusu Stan", ""),
        ("nigerianisch", "Emeka Chinedu", "Ifeoma Ngozi", "Okoye Obi Eze", ""),
        ("ukrainisch", "Oleksandr Andrii Dmytro", "Olena Iryna Kateryna", "Kovalenko Shevchenko Bondarenko Melnyk", ""),
        ("ghanaisch", "Kwame Kofi", "Akua Abena", "Mensah Asante Owusu", ""),
    ],
    "es": [
        ("marroqui", "Mohamed Youssef Hamza Abdelkader", "Fatima_Zahra Khadija Nadia Salma", "El_Amrani Benali Bouazza Ouahbi El_Idrissi", ""),
        ("rumano", "Ionel Marius Vasile", "Mihaela Florentina Georgiana", "Popa Stan Dumitru Ionescu", ""),
        ("ecuatoriano", "Wilson Byron Jefferson", "Mayra Gissela Jessenia", "Cevallos Quishpe Guamán Chiluisa Tapia", "2"),
        ("colombiano", "Jhon_Fredy Yeison Andrés_Felipe", "Luz_Dary Leidy Yurani", "Restrepo Ocampo Cárdenas Londoño Giraldo", "2"),
        ("chino", "Jie Wei Hao", "Ying Xiaomei Lili", "Chen Zhou Wang Lin", "ff"),
        ("senegales", "Cheikh Modou Abdou", "Mariama Ndèye Coumba", "Fall Sarr Ndiaye Gueye", ""),
        ("venezolano", "Wilmer Yohandry Luis_Alfredo", "Oriana Yusmary Daniela", "Briceño Guédez Rondón Quintero", "2"),
        ("ucraniano", "Oleksandr Serhii Taras", "Iryna Oksana Yuliia", "Bondarenko Tkachenko Kravchenko Shevchuk", ""),
        ("peruano", "Percy Edwin Rómulo", "Ruth Maribel Nelly", "Quispe Mamani Huamán Condori Ccori", "2"),
        ("pakistani", "Muhammad_Asif Imran Zubair", "Rabia Saima Nazia", "Hussain Iqbal Butt", ""),
        ("britanico", "Graham Nigel Trevor", "Maureen Gillian Beverley", "Whitfield Hargreaves Pickering", ""),
        ("aleman", "Jürgen Klaus", "Heike Birgit", "Schäfer Brandt Vogel", ""),
    ],
    "it": [
        ("rumeno", "Florin Marian Cristian", "Elena Mădălina Nicoleta", "Munteanu Marinescu Lungu Ciobanu", ""),
        ("albanese", "Ardit Erion Gentian", "Elira Blerina Anisa", "Hoxha Kola Shehu Dervishi", ""),
        ("marocchino", "Rachid Abdellah Mustapha", "Hanane Latifa Samira", "Bennani El_Khatib Tahiri", ""),
        ("cinese", "Wei Jian Bin", "Xiaomei Li Yan", "Hu Zhou Chen Xu", "ff"),
        ("ucraino", "Mykola Andrii", "Halyna Svitlana Oksana", "Kovalchuk Lysenko Moroz", ""),
        ("filippino", "Jerome Rommel", "Rowena Jocelyn", "Santos Villanueva Mendoza", ""),
        ("bengalese", "Shahidul Mohammed_Rafiq", "Nasrin Shirin", "Islam Hossain Rahman", ""),
        ("sikh", "Gurpreet Manjit Balwinder", "Harpreet Kulwinder Jaspreet", "Singh|Kaur", ""),
        ("senegalese", "Mamadou Modou", "Fatou Awa", "Diop Ndiaye Mbaye", ""),
        ("peruviano", "Julio Walter", "Maribel Nelly", "Quispe Huamán Flores", ""),
        ("egiziano", "Ahmed Mahmoud", "Mona Heba", "Mostafa Abdelaziz Farouk", ""),
        ("nigeriano", "Emeka Osas", "Blessing Joy", "Okonkwo Osagie Igbinedion", ""),
        ("srilankese", "Tharindu Chaminda", "Nadeesha Dilani", "Perera Fernando", ""),
    ],
    "nl": [
        ("pools", "Piotr Marcin Tomasz", "Joanna Anna Monika", "Kowalczyk Wiśniewski|Wiśniewska Mazur Kaczmarek", ""),
        ("syrisch", "Ahmad Yusuf Rami", "Rasha Nour Lama", "Al-Masri Darwish Hamdan", ""),
        ("eritrees", "Filmon Yonas Robel", "Senait Helen Luwam", "Tesfay Ghebrehiwet Kidane", ""),
        ("indiaas", "Arjun Karthik Rohit", "Divya Sneha Pooja", "Raghunathan Menon Gupta", ""),
        ("chinees", "Wei Jun", "Ling Xiu", "Zhang Liu Huang", "ff"),
        ("braziliaans", "Felipe Gustavo", "Mariana Bianca", "Pereira Rocha Martins", ""),
        ("ghanees", "Kofi Kwesi", "Ama Adwoa", "Boateng Mensah Amoah", ""),
        ("bulgaars", "Georgi Dimitar", "Desislava Milena", "Ivanov|Ivanova Petrov|Petrova Dimitrov|Dimitrova", ""),
        ("spaans", "Pablo Javier", "Lucía Elena", "García_Moreno Sánchez_Gil", ""),
        ("oekraiens", "Dmytro Andrii", "Oksana Olha", "Kovalenko Melnyk Shevchenko", ""),
        ("kaapverdisch", "Jailson Nelson", "Lúcia Djenifer", "Tavares Fortes Monteiro", ""),
        ("iraans", "Reza Arash", "Shirin Parisa", "Hosseini Tehrani Moradi", ""),
    ],
    "pl": [
        ("ukrainska", "Ołeksandr Andrij Wasyl Serhij", "Olena Iryna Natalia Switłana", "Kowalenko Szewczenko Bondarenko Melnyk Tkaczuk", ""),
        ("bialoruska", "Siarhiej Andrej Alaksandr", "Wolha Nasta Iryna", "Iwanou Łabkowicz Kuźmicz", ""),
        ("wietnamska", "Văn_Hùng Minh_Đức Quang", "Thị_Hoa Thu_Hằng Lan", "Nguyễn Trần Lê Phạm", "ff"),
        ("gruzinska", "Giorgi Levan Davit", "Nino Tamar Mariam", "Beridze Kapanadze Gelashvili Lomidze", ""),
        ("indyjska", "Arvind Karthik Sandeep", "Deepika Lakshmi Meera", "Nair Menon Pillai Reddy", ""),
        ("turecka", "Mehmet Burak Kerem", "Zeynep Elif Merve", "Yılmaz Kaya Şahin", ""),
        ("nigeryjska", "Emeka Chidi Tobi", "Chioma Adaeze Funke", "Nwosu Okafor Adebayo", ""),
        ("filipinska", "Rodel Jomar", "Maricris Lorna", "Reyes Dela_Cruz Manalo", ""),
        ("kolumbijska", "Andrés_Felipe Juan_Camilo", "Laura_Marcela Diana", "Gómez Restrepo Salazar", ""),
        ("koreanska", "Min-jun Ji-hoon", "Seo-yeon Ji-woo", "Kim Park Lee", "ff"),
        ("moldawska", "Ion Vasile Sergiu", "Ana Doina Cristina", "Rusu Ceban Munteanu Lungu", ""),
        ("nepalska", "Bishnu Ramesh", "Sita Kamala", "Gurung Thapa Shrestha", ""),
        ("wloska", "Marco Luca", "Giulia Sara", "Ferrari Conti Bruno", ""),
    ],
}

# --------------------------------------------------------------------------------------------
# Negatives (never labelled): companies named after people, streets named after people, cities,
# hospitals and schools named after saints or people, brands named after people.
# --------------------------------------------------------------------------------------------
NEG = {
    "en": {
        "co": ["{s} & Sons Ltd", "{s} Plumbing", "{s} Removals", "{s} Motors", "{s}'s Bakery", "{s} Lettings", "{s} Solicitors LLP", "{s} Logistics Ltd"],
        "street": ["Nelson Street", "Victoria Road", "Wellington Terrace", "Gladstone Avenue", "Churchill Way", "Peel Street", "Byron Close",
                   "Shakespeare Road", "O'Connell Street", "Parnell Square", "Cromwell Road"],
        "city": ["Manchester", "Leeds", "Cardiff", "Glasgow", "St Albans", "St Helens", "Bristol", "Dublin", "Cork", "Galway", "Belfast", "Norwich"],
        "hosp": ["St Thomas' Hospital", "St James's University Hospital", "the Royal Victoria Infirmary", "St Vincent's University Hospital",
                 "Addenbrooke's Hospital", "Guy's Hospital", "the Mater Misericordiae Hospital", "Alder Hey Children's Hospital"],
        "school": ["St Cuthbert's Catholic Academy", "Sir John Cass's Foundation School", "St Mary's Primary School", "Lady Margaret School",
                   "Elizabeth Garrett Anderson School", "Ada Lovelace C of E High School", "Bishop Stopford School"],
        "brand": ["Dyson V11 vacuum", "Cadbury Dairy Milk hamper", "Kenwood Chef mixer", "Paul Smith scarf", "Russell Hobbs kettle", "Jack Daniel's gift set"],
        "car": ["Ford Fiesta", "Vauxhall Corsa", "Aston Martin DB9", "Rolls-Royce Ghost"],
    },
    "fr": {
        "co": ["Boulangerie {s}", "Transports {s} SARL", "Garage {s}", "Menuiserie {s} et Fils", "{s} Immobilier", "Établissements {s}", "Pharmacie {s}",
               "Cabinet {s} & Associés"],
        "street": ["rue Victor-Hugo", "avenue Jean-Jaurès", "boulevard Gambetta", "place Charles-de-Gaulle", "rue Émile-Zola", "allée Simone-Veil",
                   "rue Pasteur", "quai Louis-Blériot", "avenue Aristide-Briand", "rue Jeanne-d'Arc"],
        "city": ["Lyon", "Marseille", "Saint-Étienne", "Saint-Denis", "Toulouse", "Nantes", "Rennes", "Strasbourg", "Lille", "Bordeaux", "Saint-Malo",
                 "Clermont-Ferrand", "Brest"],
        "hosp": ["hôpital Saint-Louis", "clinique Sainte-Anne", "hôpital Édouard-Herriot", "CHU Pellegrin", "hôpital Necker-Enfants malades",
                 "hôpital européen Georges-Pompidou", "clinique Saint-Jean", "hôpital Bichat-Claude-Bernard"],
        "school": ["lycée Jean-Moulin", "collège Marie-Curie", "école élémentaire Jules-Ferry", "lycée Saint-Joseph", "collège Louise-Michel",
                   "lycée Victor-Duruy"],
        "brand": ["polo Lacoste", "parfum Yves Saint Laurent", "jeu de pneus Michelin", "sac Louis Vuitton", "montre Cartier", "sèche-linge Brandt"],
        "car": ["Renault Clio", "Peugeot 208", "Citroën C3"],
    },
    "de": {
        "co": ["{s} Logistik GmbH", "Bäckerei {s}", "Autohaus {s}", "{s} & Söhne KG", "Malerbetrieb {s}", "{s} Immobilien GmbH", "Elektro {s} e.K.",
               "Spedition {s}"],
        "street": ["Goethestraße", "Schillerplatz", "Bismarckallee", "Konrad-Adenauer-Ring", "Willy-Brandt-Allee", "Rosa-Luxemburg-Straße",
                   "Sophie-Scholl-Weg", "Beethovenstraße", "Kaiser-Wilhelm-Ring", "Mozartweg"],
        "city": ["Kassel", "Leipzig", "Sankt Augustin", "St. Ingbert", "Bielefeld", "Mannheim", "Regensburg", "Hamburg", "Köln", "Dresden", "Freiburg",
                 "Erfurt", "St. Wendel"],
        "hosp": ["St.-Josef-Hospital", "Marienhospital", "Elisabeth-Krankenhaus", "Klinikum St. Georg", "Robert-Bosch-Krankenhaus",
                 "Helios Klinikum Emil von Behring", "Vinzenz-Pallotti-Hospital", "St. Vincenz-Krankenhaus"],
        "school": ["Albert-Schweitzer-Gymnasium", "Geschwister-Scholl-Schule", "Erich-Kästner-Grundschule", "Heinrich-Heine-Gesamtschule",
                   "St.-Ursula-Gymnasium", "Anne-Frank-Realschule"],
        "brand": ["Miele-Waschmaschine", "Dr. Oetker Backset", "Hugo-Boss-Anzug", "Adidas-Schuhe", "Bosch-Akkuschrauber", "Märklin-Startpackung"],
        "car": ["Opel Corsa", "Porsche Cayenne", "Mercedes-Benz Sprinter", "Opel Astra"],
    },
    "es": {
        "co": ["Talleres {s} S.L.", "Construcciones {s} e Hijos", "Farmacia {s}", "Transportes {s} S.A.", "Panadería {s}", "Inmobiliaria {s}", "Asesoría {s}"],
        "street": ["calle de Cervantes", "avenida de Blasco Ibáñez", "calle Miguel Servet", "plaza de Rafael Alberti", "calle de Pablo Iglesias",
                   "avenida Reina Victoria", "calle Doctor Fleming", "paseo de Colón", "calle Clara Campoamor"],
        "city": ["Sevilla", "Zaragoza", "San Sebastián", "Santiago de Compostela", "Valencia", "Málaga", "Bilbao", "Valladolid", "Murcia",
                 "Santa Cruz de Tenerife", "Alicante", "Córdoba"],
        "hosp": ["Hospital Universitario Virgen del Rocío", "Hospital San Juan de Dios", "Hospital General Universitario Gregorio Marañón",
                 "Hospital Universitario Marqués de Valdecilla", "Hospital Clínico San Carlos", "Hospital Universitario Miguel Servet",
                 "Hospital Ramón y Cajal"],
        "school": ["CEIP Antonio Machado", "IES Federico García Lorca", "Colegio San José de Calasanz", "IES Rosalía de Castro", "CEIP Gloria Fuertes",
                   "Colegio Santa Teresa de Jesús"],
        "brand": ["caja de Chupa Chups", "bolso Loewe", "grifo Roca", "colchón Pikolin", "vestido Balenciaga", "bote de Cola Cao"],
        "car": ["Seat Ibiza", "Ford Focus"],
    },
    "it": {
        "co": ["Ferramenta {s} s.r.l.", "Autofficina {s}", "Panificio {s}", "{s} & Figli S.p.A.", "Trasporti {s}", "Studio {s} & Associati",
               "Farmacia {s}", "Impresa Edile {s}"],
        "street": ["via Giuseppe Garibaldi", "corso Vittorio Emanuele II", "via Alessandro Manzoni", "piazza Giuseppe Mazzini", "viale Aldo Moro",
                   "via Dante Alighieri", "via Giacomo Matteotti", "largo Antonio Gramsci", "via Cesare Battisti"],
        "city": ["Bologna", "Torino", "San Donà di Piave", "San Benedetto del Tronto", "Sassari", "Trieste", "Bari", "Bolzano", "Padova", "Palermo",
                 "Napoli", "Sant'Antioco", "Perugia"],
        "hosp": ["Ospedale San Raffaele", "Policlinico Sant'Orsola-Malpighi", "Policlinico Agostino Gemelli", "Ospedale Cardarelli",
                 "Ospedale San Giovanni Bosco", "Ospedale Niguarda Ca' Granda", "Ospedale Santa Maria della Misericordia"],
        "school": ["Liceo Scientifico Enrico Fermi", "Istituto Comprensivo Don Lorenzo Milani", "Scuola Primaria Gianni Rodari",
                   "Liceo Classico Giulio Cesare", "ITIS Galileo Galilei", "Istituto Tecnico Leonardo da Vinci"],
        "brand": ["confezione Ferrero Rocher", "giacca Giorgio Armani", "cartone di pasta Barilla", "moka Bialetti", "macchina da caffè De'Longhi", "borsa Gucci"],
        "car": ["Lancia Ypsilon", "Alfa Romeo Giulietta", "Lamborghini Urus", "Ferrari Roma", "Maserati Ghibli"],
    },
    "nl": {
        "co": ["Bakkerij {S}", "{S} Installatietechniek B.V.", "Transportbedrijf {S}", "Fietsenmaker {S}", "{S} Makelaardij", "Schildersbedrijf {S}",
               "Autobedrijf {S}", "Loodgietersbedrijf {S}"],
        "street": ["Van Goghstraat", "Willem de Zwijgerlaan", "Johan de Wittlaan", "Anne Frankstraat", "Rembrandtplein", "Pieter Zeemanweg",
                   "Thorbeckeplein", "Prins Hendrikkade", "Jan Pieterszoon Coenstraat", "Graaf Florisstraat"],
        "city": ["Utrecht", "Eindhoven", "'s-Hertogenbosch", "Groningen", "Leeuwarden", "Zwolle", "Haarlem", "Maastricht", "Tilburg", "Almere", "Delft",
                 "Sint-Michielsgestel", "Sint-Oedenrode"],
        "hosp": ["Sint Maartenskliniek", "St. Antonius Ziekenhuis", "Sint Franciscus Gasthuis", "Jeroen Bosch Ziekenhuis", "Máxima MC",
                 "Elisabeth-TweeSteden Ziekenhuis", "Ziekenhuis Sint Jansdal"],
        "school": ["Willem Lodewijk Gymnasium", "Erasmiaans Gymnasium", "Comeniuscollege", "Thorbecke Scholengemeenschap", "Sint-Janscollege",
                   "basisschool De Regenboog"],
        "brand": ["Philips-scheerapparaat", "Philips Airfryer", "Gazelle-fiets", "Fokker-schaalmodel", "Douwe Egberts koffiezetapparaat", "Verkade-koektrommel"],
    },
    "pl": {
        "co": ["Zakład Stolarski {s}", "{s} Sp. z o.o.", "Piekarnia {s}", "Auto-Serwis {s}", "Przedsiębiorstwo Transportowe {s}",
               "Kancelaria {s} i Wspólnicy", "Hurtownia {s}"],
        "street": ["ul. Adama Mickiewicza", "al. Jana Pawła II", "ul. Marii Skłodowskiej-Curie", "ul. Józefa Piłsudskiego", "ul. Stefana Żeromskiego",
                   "ul. Tadeusza Kościuszki", "ul. Fryderyka Chopina", "ul. Henryka Sienkiewicza", "ul. Mikołaja Kopernika"],
        "city": ["Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź", "Lublin", "Katowice", "Białystok", "Rzeszów", "Opole", "Toruń", "Szczecin", "Zakopane"],
        "hosp": ["Szpital Specjalistyczny im. Ludwika Rydygiera", "Szpital św. Łukasza", "Szpital Uniwersytecki im. Karola Marcinkowskiego",
                 "Szpital Wojewódzki im. Jana Pawła II", "Szpital Miejski im. Józefa Babińskiego", "Szpital im. Józefa Strusia"],
        "school": ["Szkoła Podstawowa nr 12 im. Marii Konopnickiej", "I Liceum Ogólnokształcące im. Mikołaja Kopernika",
                   "Zespół Szkół im. Stanisława Staszica", "Szkoła Podstawowa nr 3 im. Janusza Korczaka", "II LO im. Emilii Plater"],
        "brand": ["bombonierka Wedel", "lodówka Amica", "zestaw kosmetyków Ziaja", "torebka Wittchen", "zestaw garnków Gerlach"],
    },
}

TITLES = {  # gender -> (short, long)
    "en": {"m": [("Mr", "Mr"), ("Mr.", "Mr.")], "f": [("Ms", "Ms"), ("Mrs", "Mrs"), ("Ms.", "Ms.")]},
    "fr": {"m": [("M.", "Monsieur")], "f": [("Mme", "Madame")]},
    "de": {"m": [("Herr", "Herr")], "f": [("Frau", "Frau")]},
    "es": {"m": [("Sr.", "don")], "f": [("Sra.", "doña")]},
    "it": {"m": [("Sig.", "signor")], "f": [("Sig.ra", "signora")]},
    "nl": {"m": [("dhr.", "meneer")], "f": [("mevr.", "mevrouw")]},
    "pl": {"m": [("Pan", "Pan")], "f": [("Pani", "Pani")]},
}
MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "eircom.net", "hotmail.co.uk"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "gmx.at"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl", "planet.nl", "gmail.com"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
# (prefix of the national significant number, total NSN lengths) per region and type
PHONE_PLAN = {
    "GB": {"mobile": [("74", (10,)), ("75", (10,)), ("77", (10,)), ("78", (10,)), ("79", (10,))],
           "fixed": [("20", (10,)), ("161", (10,)), ("113", (10,)), ("131", (10,)), ("117", (10,)), ("121", (10,)), ("28", (10,))]},
    "IE": {"mobile": [("83", (9,)), ("85", (9,)), ("86", (9,)), ("87", (9,)), ("89", (9,))],
           "fixed": [("1", (8,)), ("21", (9,)), ("91", (9,)), ("61", (9,))]},
    "FR": {"mobile": [("6", (9,)), ("7", (9,))], "fixed": [("1", (9,)), ("2", (9,)), ("3", (9,)), ("4", (9,)), ("5", (9,))]},
    "BE": {"mobile": [("47", (9,)), ("48", (9,)), ("49", (9,))], "fixed": [("2", (8,)), ("3", (8,)), ("9", (8,)), ("4", (8,))]},
    "DE": {"mobile": [("151", (11,)), ("152", (11,)), ("160", (10, 11)), ("170", (10, 11)), ("171", (10, 11)), ("176", (11,)), ("157", (11,))],
           "fixed": [("30", (9, 10)), ("40", (9, 10)), ("89", (9, 10)), ("221", (9, 10)), ("69", (9, 10)), ("561", (9, 10))]},
    "AT": {"mobile": [("664", (10,)), ("676", (10,)), ("699", (11,)), ("650", (10,))],
           "fixed": [("1", (8, 9)), ("316", (8, 9)), ("662", (8, 9)), ("512", (8, 9))]},
    "ES": {"mobile": [("6", (9,)), ("71", (9,))], "fixed": [("91", (9,)), ("93", (9,)), ("96", (9,)), ("95", (9,)), ("94", (9,))]},
    "IT": {"mobile": [("32", (10,)), ("33", (10,)), ("34", (10,)), ("36", (10,)), ("38", (10,))],
           "fixed": [("02", (10,)), ("06", (10,)), ("011", (9, 10)), ("081", (9, 10)), ("051", (9, 10))]},
    "NL": {"mobile": [("61", (9,)), ("62", (9,)), ("63", (9,)), ("64", (9,)), ("65", (9,)), ("68", (9,))], "fixed": [("10", (9,)), ("20", (9,)), ("30", (9,)), ("70", (9,)), ("40", (9,)), ("50", (9,))]},
    "PL": {"mobile": [("50", (9,)), ("51", (9,)), ("53", (9,)), ("60", (9,)), ("66", (9,)), ("69", (9,)), ("72", (9,)), ("78", (9,)), ("88", (9,))],
           "fixed": [("12", (9,)), ("22", (9,)), ("58", (9,)), ("61", (9,)), ("71", (9,))]},
    "PT": {"mobile": [("91", (9,)), ("92", (9,)), ("93", (9,)), ("96", (9,))], "fixed": [("21", (9,)), ("22", (9,))]},
}
NID_LABEL = {"ES_NIE": "ES_NIF"}
IPV4_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
CF_PLACES = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "A662", "I452", "L424", "A952", "G224"]
CF_FOREIGN = ["Z129", "Z100", "Z330", "Z210", "Z138", "Z216", "Z249", "Z343", "Z611", "Z336", "Z335", "Z209", "Z222"]
NIR_FOREIGN = ["99350", "99352", "99351", "99341", "99139", "99243", "99216", "99109", "99322"]


def fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", fold(text).lower())


def initials(first: str) -> str:
    return "".join(p if p in (" ", "-") else p[0] + "." for p in re.split(r"([ -])", first) if p)


class Ids:
    """Identifier, contact and negative-value generators (one seeded Random)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.phone_region: dict[str, str] = {}

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789") for _ in range(n))
        return (self.rng.choice("123456789") + s[1:]) if first_nonzero and n else s

    # --- contact data --------------------------------------------------------------------
    def phone(self, region: str, kind: str, foreign: bool = False) -> str:
        rng = self.rng
        while True:
            prefix, lengths = rng.choice(PHONE_PLAN[region]["mobile" if kind == "mobile" else "fixed"])
            nsn = prefix + self.digits(rng.choice(lengths) - len(prefix))
            number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn.lstrip("0") if region != "IT" else "+39" + nsn)
            if phonenumbers.is_valid_number(number):
                break
        F = phonenumbers.PhoneNumberFormat
        style = rng.choice(["intl", "intl", "e164", "00"] if foreign else ["intl", "intl", "national", "national", "national", "e164", "00", "sep"])
        if style == "intl":
            text = phonenumbers.format_number(number, F.INTERNATIONAL)
        elif style == "e164":
            text = phonenumbers.format_number(number, F.E164)
        elif style == "00":
            text = "00" + phonenumbers.format_number(number, F.INTERNATIONAL)[1:]
        else:
            text = phonenumbers.format_number(number, F.NATIONAL)
            if style == "sep":
                sep = {"FR": ".", "DE": "/", "AT": "/", "NL": "-", "BE": "/", "ES": "-", "IT": "-", "PL": "-"}.get(region, " ")
                if sep == "/" or (sep == "-" and region == "NL"):
                    head, _, tail = text.partition(" ")
                    text = head + sep + tail.replace(" ", "")
                else:
                    text = text.replace(" ", sep)
        assert phonenumbers.is_valid_number(phonenumbers.parse(text, region)), (text, region)
        self.phone_region[text] = region
        return text

    def email(self, first: str, last: str, domain: str) -> str:
        rng = self.rng
        f, l = slug(first.split()[0]), slug(last.replace(" ", "").replace("'", ""))
        local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{f}.{l}{rng.randint(1, 99)}", f"{l}.{f}",
                            f"{f}{rng.randint(60, 99)}", f"{f[0]}{l}"])
        return f"{local}@{domain}"

    def ip(self, v6: bool = False) -> str:
        rng = self.rng
        if v6:
            return "2a02:" + ":".join(f"{rng.randrange(0x10000):x}" for _ in range(3)) + "::" + f"{rng.randrange(1, 0x10000):x}"
        return f"{rng.choice(IPV4_FIRST)}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"

    # --- bank data -------------------------------------------------------------------------
    def iban(self, cc: str) -> str:
        structure = numdb.get("iban").info(cc + "00")[0][1]["bban"]
        banks = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"]}
        while True:
            parts = []
            for count, kind in re.findall(r"(\d+)!?([nac])", structure):
                count = int(count)
                if kind == "a":
                    parts.append(self.rng.choice(banks[cc]) if cc in banks and count == 4 else "".join(self.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(count)))
                else:
                    parts.append(self.digits(count))
            bban = "".join(parts)
            number = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
            if std_iban.is_valid(number):
                break
        return std_iban.format(number) if self.rng.random() < 0.7 else number

    def card(self) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc", "amex"])
        prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "amex": (rng.choice(["34", "37"]), 15)}[kind]
        body = prefix + self.digits(length - len(prefix) - 1)
        number = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(number)
        if kind == "amex":
            return f"{number[:4]} {number[4:10]} {number[10:]}" if rng.random() < 0.7 else number
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join(number[i:i + 4] for i in range(0, 16, 4))

    def vat(self, cc: str) -> str:
        rng = self.rng
        for _ in range(100000):
            if cc == "DE":
                body = self.digits(8, True)
                cand = "DE" + body + mod_11_10.calc_check_digit(body)
            elif cc == "FR":
                body = self.digits(8, True)
                siren = body + luhn.calc_check_digit(body)
                cand = "FR" + "%02d" % (int(siren + "12") % 97) + siren
            elif cc == "BE":
                body = rng.choice("01") + self.digits(7, True)
                cand = "BE" + body + "%02d" % (97 - int(body) % 97)
            elif cc == "IT":
                body = self.digits(7, True) + "%03d" % rng.randint(1, 100)
                cand = "IT" + body + luhn.calc_check_digit(body)
            elif cc == "ES":
                body = self.digits(8)
                cand = "ES" + body + dni.calc_check_digit(body)
            elif cc == "IE":
                body = self.digits(7, True)
                cand = "IE" + body + ie_vat.calc_check_digit(body)
            elif cc == "NL":
                cand = "NL" + self.digits(9, True) + "B" + "%02d" % rng.randint(1, 99)
            elif cc == "PL":
                cand = "PL" + self.digits(10, True)
            elif cc == "AT":
                cand = "ATU" + self.digits(8, True)
            else:
                raise ValueError(cc)
            if eu_vat.is_valid(cand):
                break
        else:
            raise RuntimeError(cc)
        if rng.random() < 0.3:
            cand = cand[:2] + " " + cand[2:]
        assert eu_vat.is_valid(cand), cand
        return cand

    # --- national identifiers ---------------------------------------------------------------
    def nid(self, label: str, person: "Person") -> str:
        rng, dob, male = self.rng, person.dob, person.gender == "m"
        if label == "DE_TAX_ID":
            while True:
                pool = rng.sample("0123456789", 9)
                body = pool + [rng.choice(pool)]
                rng.shuffle(body)
                body = "".join(body)
                if body[0] != "0":
                    number = body + mod_11_10.calc_check_digit(body)
                    if idnr.is_valid(number):
                        break
            return rng.choice([number, f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"])
        if label == "FR_NIR":
            place = rng.choice(NIR_FOREIGN) if person.source == "elsewhere" else rng.choice(["75", "69", "13", "33", "59", "29", "67", "64", "31", "35"]) + "%03d" % rng.randint(1, 350)
            body = ("1" if male else "2") + dob.strftime("%y%m") + place + "%03d" % rng.randint(1, 999)
            number = body + nir.calc_check_digits(body)
            return nir.format(number) if rng.random() < 0.6 else number
        if label == "NL_BSN":
            while True:
                number = self.digits(9, True)
                if bsn.is_valid(number):
                    break
            return rng.choice([number, number, f"{number[:4]}.{number[4:6]}.{number[6:]}"])
        if label == "PL_PESEL":
            month = dob.month + (20 if dob.year >= 2000 else 0)
            body = f"{dob:%y}{month:02d}{dob:%d}" + self.digits(3) + rng.choice("13579" if male else "02468")
            return body + pesel.calc_check_digit(body)
        if label in ("ES_NIF", "ES_NIE"):
            if label == "ES_NIE" or person.source == "elsewhere":
                body = rng.choice("XYZ") + self.digits(7)
                number = body + nie.calc_check_digit(body)
            else:
                body = self.digits(8)
                number = body + dni.calc_check_digit(body)
            return rng.choice([number, number, number[:-1] + "-" + number[-1]])
        if label == "IT_FISCAL_CODE":
            def part(name: str, first: bool) -> str:
                letters = [c for c in fold(name).upper() if c.isalpha()]
                cons = [c for c in letters if c not in "AEIOU"]
                if first and len(cons) > 3:
                    cons = [cons[0], cons[2], cons[3]]
                return "".join(cons + [c for c in letters if c in "AEIOU"] + ["X"] * 3)[:3]
            body = (part(person.last, False) + part(person.first, True) + f"{dob:%y}" + "ABCDEHLMPRST"[dob.month - 1]
                    + "%02d" % (dob.day + (0 if male else 40)) + rng.choice(CF_FOREIGN if person.source == "elsewhere" else CF_PLACES))
            return body + codicefiscale.calc_check_digit(body)
        if label == "BE_NATIONAL_NUMBER":
            serial = rng.randrange(1 if male else 2, 998, 2)
            base = f"{dob:%y%m%d}{serial:03d}"
            check = 97 - int(("2" if dob.year >= 2000 else "") + base) % 97
            number = base + "%02d" % check
            return nn.format(number) if rng.random() < 0.6 else number
        if label == "AT_SSN":
            while True:
                serial = self.digits(3, True)
                tail = f"{dob:%d%m%y}"
                check = vnr.calc_check_digit(serial + "0" + tail)
                if len(check) == 1:
                    number = serial + check + tail
                    break
            return rng.choice([number, number[:4] + " " + number[4:]])
        if label == "PT_NIF":
            body = rng.choice("12") + self.digits(7)
            number = body + pt_nif.calc_check_digit(body)
            return rng.choice([number, f"{number[:3]} {number[3:6]} {number[6:]}"])
        if label == "IE_PPSN":
            body = self.digits(7, True)
            if rng.random() < 0.5:
                return body + ie_vat.calc_check_digit(body)
            return body + ie_vat.calc_check_digit(body + "A") + "A"
        if label == "DK_CPR":
            century = rng.choice("0123") if dob.year < 2000 else "4"
            body = f"{dob:%d%m%y}" + century + self.digits(2) + rng.choice("13579" if male else "02468")
            return body[:6] + "-" + body[6:]
        if label == "SE_PERSONNUMMER":
            body = f"{dob:%y%m%d}" + self.digits(2) + rng.choice("13579" if male else "02468")
            return body[:6] + "-" + body[6:] + luhn.calc_check_digit(body)
        raise ValueError(label)

    # --- negatives ------------------------------------------------------------------------------
    def date(self, lang: str, start: int = 2022, end: int = 2025) -> datetime.date:
        return datetime.date(start, 1, 1) + datetime.timedelta(days=self.rng.randrange((datetime.date(end, 1, 1) - datetime.date(start, 1, 1)).days))

    def fmt_date(self, lang: str, d: datetime.date) -> str:
        rng, month = self.rng, MONTHS[lang].split()[d.month - 1]
        styles = {
            "en": [f"{d.day} {month} {d.year}", f"{d:%d/%m/%Y}", f"{d.day} {month[:3]} {d.year}"],
            "fr": [f"{d.day} {month} {d.year}", f"{d:%d/%m/%Y}"],
            "de": [f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}", f"{d.day}. {month} {d.year}"],
            "es": [f"{d.day} de {month} de {d.year}", f"{d:%d/%m/%Y}"],
            "it": [f"{d.day} {month} {d.year}", f"{d:%d/%m/%Y}"],
            "nl": [f"{d.day} {month} {d.year}", f"{d:%d-%m-%Y}"],
            "pl": [f"{d.day} {month} {d.year} r.", f"{d:%d.%m.%Y}"],
        }[lang]
        return rng.choice(styles)

    def amount(self, lang: str) -> str:
        rng = self.rng
        value = rng.choice([rng.randint(12, 300), rng.randint(300, 4000)]) + rng.choice([0, 0, rng.randint(1, 99) / 100])
        whole, cents = int(value), round((value - int(value)) * 100)
        def grouped(sep: str) -> str:
            return f"{whole:,}".replace(",", sep)
        return {
            "en": rng.choice([f"£{whole:,}.{cents:02d}", f"€{whole:,}.{cents:02d}"]),
            "fr": f"{grouped(' ')},{cents:02d} €",
            "de": rng.choice([f"{grouped('.')},{cents:02d} €", f"EUR {grouped('.')},{cents:02d}"]),
            "es": f"{grouped('.')},{cents:02d} €",
            "it": f"€ {grouped('.')},{cents:02d}",
            "nl": f"€ {grouped('.')},{cents:02d}",
            "pl": f"{grouped(' ')},{cents:02d} zł",
        }[lang]

    def ref(self) -> str:
        rng = self.rng
        L = lambda n: "".join(rng.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(n))
        return rng.choice([f"{L(2)}-{rng.randint(2022, 2025)}-{self.digits(5)}", f"{self.digits(4)}/{rng.randint(22, 25)}",
                           f"{L(3)}{self.digits(6)}", f"{rng.randint(1, 9)} C {rng.randint(100, 2999)}/{rng.randint(22, 25)}",
                           f"{L(1)}{self.digits(7)}", f"{self.digits(3)}-{self.digits(4)}-{L(2)}"])

    def isbn(self, lang: str) -> str:
        group = {"en": "1", "fr": "2", "de": "3", "es": "84", "it": "88", "nl": "90", "pl": "83"}[lang]
        publisher = self.digits(self.rng.choice([2, 3, 4]), True)
        title = self.digits(9 - len(group) - len(publisher))
        body = "978" + group + publisher + title
        return f"978-{group}-{publisher}-{title}-{ean.calc_check_digit(body)}"


class Person:
    def __init__(self, lang, first, surnames, gender, source, family_first, ids: Ids, rng: random.Random):
        self.lang, self.first, self.surnames, self.gender, self.source = lang, first, surnames, gender, source
        self.family_first, self.ids, self.rng = family_first, ids, rng
        self.title = rng.choice(TITLES[lang][gender])
        self.dob = ids.date(lang, 1944, 2003)
        self.cache: dict[str, str] = {}

    @property
    def last(self) -> str:
        return " ".join(self.surnames)

    def full(self) -> str:
        return f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"

    def alone(self, surname: str) -> str:  # Dutch: "Jan van der Meer" but "meneer Van der Meer"
        return surname[0].upper() + surname[1:] if self.lang == "nl" and surname[0].islower() else surname

    def form(self, form: str) -> tuple[str, str]:
        """Return (name text, unlabelled suffix)."""
        last_initial = next((c for c in self.last if c.isupper()), self.last[0])
        if form == "":
            return self.full(), ""
        if form == "poss":
            suffix = {"en": "'" if self.first.endswith("s") else "'s", "de": "'" if self.first[-1] in "sxzß" else "s",
                      "nl": "'s" if self.first[-1] in "aeiouy" else "s"}.get(self.lang, "")
            return self.first, suffix
        return {
            "first": self.first, "last": self.alone(self.last), "s1": self.alone(self.surnames[0]),
            "init": f"{initials(self.first)} {self.last}", "fl": f"{self.first} {last_initial}.",
            "rev": f"{self.last.upper()} {self.first}", "comma": f"{self.alone(self.last)}, {self.first}",
            "LAST": self.last.upper(), "UP": self.full().upper(), "lower": self.full().lower(), "flower": self.first.lower(),
        }[form], ""

    def value(self, form: str, arg: str | None, default_country: str) -> tuple[str, str | None]:
        """Personal identifiers and unlabelled attributes; returns (text, label or None)."""
        key = f"{form}:{arg}"
        ids, lang = self.ids, self.lang
        if form == "t":
            return self.title[0], None
        if form == "T":
            return self.title[1], None
        if form == "dob":
            return ids.fmt_date(lang, self.dob), None
        if key not in self.cache:
            if form == "mail":
                self.cache[key] = ids.email(self.first, self.surnames[0] if lang == "es" else self.last, arg or self.rng.choice(MAIL_DOMAINS[lang]))
            elif form in ("phone", "mobile"):
                kind = "mobile" if form == "mobile" or self.rng.random() < 0.6 else "fixed"
                region = arg or default_country  # a number from abroad is written with its country code
                foreign = region != default_country and (lang, region) not in {("en", "IE"), ("fr", "BE"), ("nl", "BE"), ("de", "AT")}
                self.cache[key] = ids.phone(region, kind, foreign)
            elif form == "iban":
                self.cache[key] = ids.iban(arg or default_country)
            elif form == "card":
                self.cache[key] = ids.card()
            elif form in ("ip", "ip6"):
                self.cache[key] = ids.ip(form == "ip6" or self.rng.random() < 0.15)
            elif form == "vat":
                self.cache[key] = ids.vat(arg or default_country)
            elif form == "nid":
                self.cache[key] = ids.nid(arg or DEFAULT_NID[lang], self)
            else:
                raise KeyError(form)
        label = {"mail": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "mobile": "PHONE_NUMBER", "iban": "IBAN_CODE", "card": "CREDIT_CARD",
                 "ip": "IP_ADDRESS", "ip6": "IP_ADDRESS", "vat": "EU_VAT"}.get(form)
        if form == "nid":
            label = NID_LABEL.get(arg or DEFAULT_NID[lang], arg or DEFAULT_NID[lang])
        return self.cache[key], label


class NameSource:
    """Rotates faker / regional / elsewhere so that each gives a third of the people."""

    def __init__(self, lang: str, rng: random.Random, ids: Ids):
        self.lang, self.rng, self.ids = lang, rng, ids
        self.faker = Faker(FAKER_LOCALE[lang])
        self.faker.seed_instance(SEED + LANGS.index(lang))
        self.turn = rng.randrange(3)

    def person(self, taken: set[str]) -> Person:
        rng, lang = self.rng, self.lang
        while True:
            source = ["faker", "regional", "elsewhere"][self.turn % 3]
            gender = rng.choice("mf")
            family_first = False
            if source == "faker":
                f = self.faker
                first = f.first_name_male() if gender == "m" else f.first_name_female()
                if lang == "pl":
                    surnames = [f.last_name_male() if gender == "m" else f.last_name_female()]
                elif lang == "es":
                    surnames = [f.last_name(), f.last_name()]
                else:
                    surnames = [f.last_name()]
                # Faker nl_NL has index forms such as "Bourgondië, van": write them as names are written;
                # it also has a roman numeral "VI" as a surname: skip that one
                surnames = [" ".join(reversed(x.split(", "))) for x in surnames]
                if any(x.isupper() for x in surnames):
                    continue
            else:
                label, males, females, lasts, flags = rng.choice((REGIONAL if source == "regional" else ELSEWHERE)[lang])
                first = rng.choice((males if gender == "m" else females).split()).replace("_", " ")
                pool = lasts.split()
                picks = rng.sample(pool, 2) if "2" in flags and len(pool) > 1 else [rng.choice(pool)]
                surnames = []
                for s in picks:
                    forms = s.replace("_", " ").split("|")
                    surnames.append(forms[0] if gender == "m" or len(forms) == 1 else forms[1])
                family_first = "ff" in flags
            if first not in taken and surnames[0] not in taken:
                taken.update([first, surnames[0]])
                self.turn += 1
                return Person(lang, first, surnames, gender, source, family_first, self.ids, rng)


class Renderer:
    PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
    ALTERNATIVE = re.compile(r"\[\[(.+?)\]\]", re.S)

    def __init__(self, lang: str, rng: random.Random, ids: Ids, names: NameSource):
        self.lang, self.rng, self.ids, self.names = lang, rng, ids, names

    def doc_date(self, name: str, cache: dict, gap: int, jitter: int) -> datetime.date:
        if "anchor" not in cache:
            cache["anchor"] = self.ids.date(self.lang, 2023, 2025)
        step = int(re.sub(r"^\D+", "", name) or 1) - 1
        return cache["anchor"] + datetime.timedelta(days=step * gap + (self.rng.randint(1, jitter) if step else 0))

    def negative(self, kind: str, cache: dict, taken: set[str]) -> str:
        rng, lang, neg = self.rng, self.lang, NEG[self.lang]
        name, _, arg = kind.partition(":")
        base = re.sub(r"\d+$", "", name)
        if kind in cache:
            return cache[kind]
        if base.isupper() and base.lower() in ("co", "city", "street"):
            value = self.negative(kind.lower(), cache, taken).upper()
        elif base == "co":
            while True:
                surname = self.names.faker.last_name_male() if lang == "pl" else self.names.faker.last_name()
                if surname not in taken:
                    break
            pattern = arg.replace("*", "{S}" if lang == "nl" else "{s}") if arg else rng.choice(neg["co"])
            value = pattern.replace("{s}", surname).replace("{S}", surname[0].upper() + surname[1:])
        elif base == "street":
            street, number = rng.choice(neg["street"]), rng.randint(1, 140)
            value = {"en": f"{number} {street}", "fr": f"{number} {street}", "es": f"{street}, {number}", "it": f"{street}, {number}"}.get(lang, f"{street} {number}")
        elif base in ("city", "hosp", "school", "brand", "car"):
            value = rng.choice(neg[base])
        elif base == "date":  # date < date2 < date3 within a document
            value = self.ids.fmt_date(lang, self.doc_date(name, cache, 30, 25))
        elif base == "dd":  # statement lines in date order
            d = self.doc_date(name, cache, 7, 5) + datetime.timedelta(days=1)
            value = {"en": f"{d.day:02d} {MONTHS['en'].split()[d.month - 1][:3]}", "fr": f"{d:%d/%m}", "es": f"{d:%d/%m}", "it": f"{d:%d/%m}"}.get(lang, f"{d:%d.%m.}")
        elif base == "time":
            value = f"{rng.randint(7, 21)}:{rng.choice(['00', '05', '15', '20', '30', '40', '45', '55'])}"
        elif base == "amount":
            value = self.ids.amount(lang)
        elif base == "year":
            value = str(rng.randint(2012, 2021))
        elif base == "ref":
            value = self.ids.ref()
        elif base == "isbn":
            value = self.ids.isbn(lang)
        elif base == "ver":
            value = f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        else:
            raise KeyError(kind)
        cache[kind] = value
        return value

    def render(self, frame: str) -> tuple[str, list[dict]]:
        rng = self.rng
        frame = self.ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("||")), frame.strip("\n"))
        taken: set[str] = set()
        people: dict[str, Person] = {}
        for letter in sorted(set(re.findall(r"\{([A-D])[.?:}]", frame))):
            people[letter] = self.names.person(taken)
        cache: dict[str, str] = {}
        out, spans, pos, last = [], [], 0, 0
        for m in self.PLACEHOLDER.finditer(frame):
            out.append(frame[last:m.start()]); pos += m.start() - last; last = m.end()
            body = m.group(1)
            label, suffix, source = None, "", None
            g = re.fullmatch(r"([A-D])\?(.*)", body, re.S)
            p = re.fullmatch(r"([A-D])(?:\.(\w+))?(?::(.+))?", body)
            if g:
                options = g.group(2).split("|")
                text = options[0] if people[g.group(1)].gender == "m" else options[1]
            elif p:
                person, form, arg = people[p.group(1)], p.group(2) or "", p.group(3)
                if form in ("", "first", "last", "s1", "init", "fl", "rev", "comma", "LAST", "UP", "lower", "flower", "poss"):
                    text, suffix = person.form(form)
                    label, source = "PERSON", person.source
                else:
                    text, label = person.value(form, arg, COUNTRY[self.lang])
            else:
                text = self.negative(body, cache, taken)
            if label:
                spans.append({"start": pos, "end": pos + len(text), "label": label, **({"name_source": source} if source else {}), "_value": text})
            out.append(text + suffix); pos += len(text) + len(suffix)
        out.append(frame[last:])
        text = "".join(out)
        for s in spans:
            assert text[s["start"]:s["end"]] == s.pop("_value"), (s, text)
        return text, spans


def validate_span(text: str, span: dict, ids: Ids) -> None:
    value, label = text[span["start"]:span["end"]], span["label"]
    assert value == value.strip() and value, (value, label)
    if label == "PHONE_NUMBER":
        assert phonenumbers.is_valid_number(phonenumbers.parse(value, ids.phone_region[value])), value
    elif label == "IBAN_CODE":
        assert std_iban.is_valid(value), value
    elif label == "CREDIT_CARD":
        assert luhn.is_valid(value.replace(" ", "").replace("-", "")), value
    elif label == "IP_ADDRESS":
        ipaddress.ip_address(value)
    elif label == "EU_VAT":
        assert eu_vat.is_valid(value), value
    elif label == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", value), value
    elif label in NID_CHECK:
        assert NID_CHECK[label].is_valid(value), (label, value)
    else:
        assert label == "PERSON", label


# =============================================================================================
# Frames. Each language: 24 frames, used about 4 times each with different people and values.
# =============================================================================================
FRAMES: dict[str, list[str]] = {}

FRAMES["en"] = [
    # 1 customer-service thread, quoted reply
    """
From: {A} <{A.mail}>
To: {B} <{B.mail:brightwater-energy.co.uk}>
Subject: Re: Final bill for account BW-{ref}

Hi {B.first},

Thanks for getting back to me. I moved out of {street} on {date} and the closing meter reading was 48213. Please send the refund to my new account, {A.iban}.

Kind regards,
{A.first}

> On {date2}, {B} wrote:
> Dear {A.t} {A.last}, before we can close the account we need a forwarding address and the final meter reading. Best wishes, {B.first} (Customer Care)
""",
    # 2 employment tribunal judgment
    """
EMPLOYMENT TRIBUNALS
Claimant: {A}
Respondent: {co}
Heard at: {city} on {date}
Before: Employment Judge {B.init}

JUDGMENT
1. The claimant's complaint of unfair dismissal is well founded.
2. The respondent shall pay {A.t} {A.last} a basic award of {amount}.
3. {A}'s claim for holiday pay was withdrawn and is dismissed.
""",
    # 3 discharge summary
    """
Discharge summary – {hosp}, Florence Nightingale Ward
Patient: {A.LAST}, {A.first}
Date of admission: {date}
Consultant: Dr {B.init}

{A.t} {A.last} was admitted with community-acquired pneumonia and treated with IV amoxicillin. Mobility has returned to baseline. {A?His|Her} {C?son|daughter}, {C}, will collect {A?him|her} and can be reached on {C.mobile}. Please check renal function in one week.
Dr {D.last}, Specialty Registrar
""",
    # 4 Irish motor claim
    """
Motor claim form – policy {ref}
Policyholder: {A}    PPS No: {A.nid}
Phone: {A.phone:IE}

On {date} at about {time} my car was hit from behind by a Ford Fiesta driven by {B} on {street}, Cork. {B.first} admitted fault at the scene and gave me {B?his|her} insurer's details. A witness, {C.init}, left {C?his|her} number: {C.mobile:IE}.
""",
    # 5 school report
    """
{school} – End of Year Report
Pupil: {A}    Form: 9R    Tutor: {B.t} {B.last}

English: {A.first} writes with real flair; {A?his|her} essay on Of Mice and Men was among the best in the year group.
Maths: Steady progress. {A.first} should revisit simultaneous equations over the summer.
Summer reading list: Holes (ISBN {isbn}).
Tutor's comment: A pleasure to teach. Please email me at {B.mail:stcuthberts-academy.org.uk} if you would like to talk.
""",
    # 6 job application
    """
Dear Hiring Manager,

I am writing to apply for the Data Analyst role (ref. {ref}) advertised on your website. I currently work at {co}, where I built the dashboards the finance team uses every Monday. My referees are {B} (line manager) and Dr {C.last} at the University of Leeds.

Yours sincerely,
{A}
{A.mobile} | {A.mail}
""",
    # 7 reference letter
    """
To whom it may concern,

I have known {A} since {year}, when {A?he|she} joined our warehouse team in {city} as a picker. {A.poss} attendance record is excellent and {A?he|she} was promoted to shift supervisor within eighteen months. I would rehire {A?him|her} without hesitation.

Should you need anything further, please call me on {B.phone}.
{B}
Operations Manager, {co:* Logistics Ltd}
""",
    # 8 tenancy deposit
    """
Re: Deposit for Flat 2, {street}

Dear {A.t} {A.last},

Further to the check-out inspection on {date}, we propose to retain {amount} from the deposit for the stained carpet in the back bedroom. Your co-tenant, {B}, has already agreed to this deduction. The balance will be returned to the account ending 4471 within ten days.

Yours sincerely,
{C}
Lettings Negotiator, {co:* Lettings}
""",
    # 9 penalty charge notice
    """
PENALTY CHARGE NOTICE {ref}
Contravention: parked in a residents' parking place without a valid permit
Location: {street}, {city}
Date and time: {date}, {time}
Civil Enforcement Officer: CEO 2241

The registered keeper, {A.t} {A.init}, must pay {amount} within 28 days or make representations to the council. If you were not driving, tell us who was, e.g. "{B}".
""",
    # 10 Irish tax letter
    """
Revenue – PAYE Services
Your PPSN: {A.nid}

Dear {A},

We have reviewed your claim for flat rate expenses for {year}. A refund of {amount} will be paid to IBAN {A.iban:IE} within five working days. Your spouse, {B.first}, does not need to take any action.

Yours faithfully,
{C.init}, Revenue Officer
""",
    # 11 consultation response
    """
Response to the consultation on the low traffic neighbourhood around {street}
Name: {A}
Email: {A.mail}
Responding as: a resident

I live on Gladstone Avenue with my partner {B.first} and our two children. Since the planters went in, the school run to {school} takes ten minutes longer. I would like the council to publish the air-quality data, not just the traffic counts.
Submission {ref}, received from {A.ip}
""",
    # 12 social post
    """
huge shoutout to {A.flower} from {co:* Plumbing} who sorted our broken boiler on christmas eve 🙌 and {B.lower} if you're reading this, the mince pies were amazing. will definitely leave a 5 star review #grateful
""",
    # 13 press report
    """
A 34-year-old {A?man|woman} from {city} has been praised after pulling a neighbour from a burning flat on {street}. {A}, a care worker, heard the smoke alarm at around 2am. "I just kicked the door in," said {A.last}. The neighbour, {B}, 71, was treated at {hosp} for smoke inhalation. Fire crews from St Albans attended.
""",
    # 14 bank statement
    """
Statement {date} – {date2}
Account holder: {A.t} {A}
IBAN: {A.iban}

{dd}   CARD PAYMENT SAINSBURYS S/MKTS       -£43.17
{dd2}  FASTER PAYMENT TO {B.UP} REF RENT    -£850.00
{dd3}  DIRECT DEBIT THAMES WATER            -£38.40
{dd4}  TRANSFER FROM {C.UP}                 +£25.00
""",
    # 15 delivery note
    """
DELIVERY NOTE {ref}
Ship to: {A}, {street}, {city}
Contact: {A.phone}
Items: 1 × {brand}, 2 × Le Creuset casserole dish 24 cm
Driver: {B.first} (ID 0447)
Received by: {A.init} on {date}
Note: left with neighbour {C.t} {C.last} at no. 12 as nobody answered.
""",
    # 16 sign-in alert
    """
Subject: New sign-in to your account

Hi {A.first},

We noticed a new sign-in to your account from a Windows device on {date} at {time}, near Manchester, United Kingdom. IP address: {A.ip}.
If this was you, you can ignore this email. If not, please reset your password (app version {ver}).
""",
    # 17 freelance invoice, Irish sole trader
    """
INVOICE No. {ref}
{A}, freelance translator
VAT No. {A.vat:IE}
Bill to: {co}

Translation of 14 pages (DE>EN), including certification: {amount}
Payment within 30 days to IBAN {A.iban:IE}, BIC AIBKIE2D. Thank you, {A.first}.
""",
    # 18 minutes
    """
Minutes – Residents' Association AGM, {date}, St Anne's Church Hall
Present: {A} (chair), {B}, {C.init}, {D}
1. {A.last} reported that the council will resurface {street} in the spring.
2. {B.first} raised the fly-tipping behind the Sainsbury's car park; {D.last} will write to the ward councillor.
3. Any other business: none. The meeting closed at 8.40pm.
""",
    # 19 lower-case chat
    """
[09:14] {A.flower}: anyone seen {B.flower}? {B?he|she} was meant to bring the van keys
[09:15] {C.flower}: think {B?he|she}'s at the depot, ask {D.lower}
[09:16] {A.flower}: cheers. will grab a meal deal on the way, will is covering the till
""",
    # 20 new starter form, Danish expat
    """
New starter form
Name: {A}
Previous country of residence: Denmark
CPR number: {A.nid:DK_CPR}
Home address: {street}, {city}
Emergency contact: {B} (partner), {B.phone}
Salary account: {A.iban}
""",
    # 21 card dispute
    """
Dear customer services,

On {date} I booked two nights at your {city} hotel (booking {ref}) and paid with my card {A.card}. I cancelled within the free cancellation period, yet {amount} was taken. Your colleague {B.first} promised a refund within five days; it has now been three weeks.

{A}
""",
    # 22 witness statement
    """
Witness statement of {A} (aged 52), taken by PC {B.init} on {date}.
I was walking my dog, Max, along {street} when I saw a cyclist knocked off by a white van. I later learned the cyclist's name was {C}. I gave my number, {A.mobile}, to the paramedic. I believe the facts in this statement are true.
""",
    # 23 appointment SMS
    """
Reminder: {A.first}, you have an appointment with Dr {B.last} at Wellington Road Surgery on {date} at {time}. Reply CANCEL to cancel. Please do not reply with personal information.
""",
    # 24 tenant application, Swedish applicant; review
    """
Tenant application – {street}, {city}
Applicant 1: {A}, personnummer {A.nid:SE_PERSONNUMMER}
Applicant 2: {B}
Current landlord: {C.t} {C.last}, {C.phone}
Notes: {A.first} works at {hosp}; {B.first} is a student. Both have a dog called Rose.
""",
]

FRAMES["fr"] = [
    """
De : {A} <{A.mail}>
À : {B} <{B.mail:maison-lefevre.fr}>
Objet : Re: Commande n° {ref} – canapé livré abîmé

Bonjour {B.first},

Merci pour votre retour rapide. Comme convenu au téléphone, je vous joins les photos du pied cassé. Je suis joignable au {A.mobile} en semaine après 18 h.

Cordialement,
{A}

> Le {date}, {B} a écrit :
> Bonjour {A.T} {A.last}, nous sommes désolés pour ce désagrément. Pourriez-vous nous envoyer des photos du dommage ?
""",
    """
TRIBUNAL JUDICIAIRE DE {CITY}
Jugement du {date} – RG n° {ref}
ENTRE : {A.T} {A.rev}, né{A?|e} le {A.dob}, demeurant {street}, {city}, {A?demandeur|demanderesse}, représenté{A?|e} par Maître {B.last}
ET : la SARL {co:Garage *}, défenderesse
PAR CES MOTIFS, le tribunal condamne la SARL {co:Garage *} à payer à {A.T} {A.last} la somme de {amount} au titre de la garantie des vices cachés.
""",
    """
Établissement : {hosp} – service de cardiologie
Compte rendu d'hospitalisation
Patient{A?|e} : {A.rev}, né{A?|e} le {A.dob}
N° de sécurité sociale : {A.nid}

{A.t} {A.last} a été hospitalisé{A?|e} du {date} au {date2} pour une décompensation cardiaque. Le traitement par furosémide a été adapté. Rendez-vous de contrôle avec le Dr {B.last} dans un mois.
Médecin traitant : Dr {C.init}, {street}, {city}
""",
    """
Déclaration de sinistre – contrat habitation {ref}
Assuré{A?|e} : {A}
Téléphone : {A.phone}

Le {date}, une fuite provenant de l'appartement du dessus, occupé par {B.T} {B}, a endommagé le plafond de ma cuisine. {B?Mon voisin|Ma voisine} a tout de suite coupé l'eau et nous avons rempli un constat amiable. Le plombier de l'entreprise {co:Plomberie *} est intervenu le lendemain (facture de {amount} jointe).
Merci de verser l'indemnité sur mon compte {A.iban}.
""",
    """
{school} – Bulletin du 2e trimestre
Élève : {A.rev}    Classe : 4e B
Professeur principal : {B.t} {B.last}

Français : {A.first} participe volontiers à l'oral mais doit soigner l'orthographe.
Mathématiques : résultats en progrès, bon trimestre.
Appréciation générale : élève {A?sérieux|sérieuse}, félicitations du conseil de classe. Lecture conseillée pour l'été : ISBN {isbn}.
""",
    """
{A}
{street}
{city}
{A.mobile} – {A.mail}

Madame, Monsieur,
Actuellement {A?aide-soignant|aide-soignante} en gériatrie ({hosp}), je souhaite rejoindre votre EHPAD. {B?Mon ancien cadre|Mon ancienne cadre} de santé, {B.T} {B}, pourra vous confirmer mon sérieux.
Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
{A.first} {A.LAST}
""",
    """
CERTIFICAT DE TRAVAIL
Je {B?soussigné|soussignée}, {B}, {B?gérant|gérante} de la société {co:Transports * SARL}, certifie que {A.T} {A}, demeurant {street}, {city}, a été {A?employé|employée} du {date} au {date2} en qualité de {A?préparateur|préparatrice} de commandes.
{A.T} {A.last} nous quitte libre de tout engagement.
Fait à {city}, le {date3}.
""",
    """
{A.T} {A.rev}
{street}
{city}

Objet : restitution du dépôt de garantie
{A.T},
Par la présente, je vous mets en demeure de me restituer le dépôt de garantie de {amount}. L'état des lieux de sortie du {date}, signé par votre mandataire {B.T} {B.last}, ne mentionne aucune dégradation. À défaut de remboursement sous quinze jours, je saisirai la commission départementale de conciliation.
{C}
""",
    """
AVIS DE PAIEMENT – FORFAIT POST-STATIONNEMENT
N° d'avis : {ref}
Titulaire du certificat d'immatriculation : {A.rev}
Lieu : {street}, {city}
Date et heure : {date} à {time}
Montant : 35,00 €
Si le véhicule était conduit par une autre personne, {A.T} {A.last} peut désigner le conducteur dans un délai d'un mois.
""",
    """
Direction générale des Finances publiques
Service des impôts des particuliers de {city}
Dossier suivi par : {B.init}

{A.T} {A}
{street}

Objet : remboursement – prélèvement à la source
{A.T}, suite à votre réclamation du {date}, le trop-perçu de {amount} sera versé sur le compte {A.iban}. Votre {C?époux|épouse}, {C.first}, recevra un avis séparé.
""",
    """
Contribution à l'enquête publique – projet de parc éolien
Nom : {A.LAST}    Prénom : {A.first}
Courriel : {A.mail}
Avis : défavorable

{A?Habitant|Habitante} du hameau depuis vingt ans avec {B?mon conjoint|ma conjointe} {B.first}, je crains le bruit des machines. L'étude d'impact (version {ver}) ne dit rien de la chapelle Saint-Roch, pourtant à 600 m du mât n° 3.
""",
    """
Merci mille fois à {A.flower} ({co:Garage *}) qui m'a dépanné un dimanche soir sur la N7 😍 et bisous à {B.lower} qui est {B?venu|venue} me chercher à Saint-Étienne !! #solidarité
""",
    """
{CITY}. Un cycliste de 58 ans a été légèrement blessé jeudi matin {street}. « J'ai vu la voiture griller le feu », raconte {A}, {A?commerçant|commerçante} du quartier. La victime, {B.init}, a été transportée aux urgences ({hosp}). {A.last} a prévenu les secours et confié le vélo à un voisin.
""",
    """
Relevé de compte – du {date} au {date2}
Titulaire : {A.T} {A.rev}
IBAN : {A.iban}

{dd}  VIR SEPA {B.UP} LOYER             -650,00
{dd2}  PRLV SEPA EDF                      -74,12
{dd3}  CB E.LECLERC                       -96,40
{dd4}  VIR INST {C.UP} REMB RESTAU        +23,50
""",
    """
BON DE LIVRAISON N° {ref}
Destinataire : {A}, {street}, {city}
Tél. : {A.phone}
Article : 1 × {brand}, 1 × cafetière Moulinex
Livré par : {B.first} – {co:Transports *}
Réceptionné par : {C.T} {C.last}, {C?gardien|gardienne} de l'immeuble
""",
    """
Objet : activité inhabituelle sur votre compte

Bonjour {A.first},
Une connexion à votre espace client a été détectée le {date} à {time} depuis l'adresse IP {A.ip} (Lyon, France). Si vous n'êtes pas à l'origine de cette connexion, modifiez votre mot de passe.
L'équipe sécurité
""",
    """
FACTURE n° {ref}
{A} – {A?graphiste indépendant|graphiste indépendante}
{street}, 1050 Ixelles
N° TVA : {A.vat:BE}
Client : {co}

Création du logo et de la charte graphique : {amount} HTVA
Paiement à 30 jours sur le compte {A.iban:BE}.
""",
    """
Procès-verbal de l'assemblée générale des copropriétaires du {date}
Présents : {A} (président{A?|e} de séance), {B.T} {B.last}, {C.init}, {D}
Résolution 4 : ravalement de façade confié à l'entreprise {co:Bâtiment * et Fils} – adoptée. {B.T} {B.last} vote contre.
Le syndic rappelle que les charges du lot 12 ({D.rev}) restent impayées depuis mars.
""",
    """
{A.flower}: t'as vu {B.flower} ce matin ?
{C.flower}: non {B?il|elle} était chez sa sœur à saint-malo je crois
{A.flower}: ok dis à {D.lower} de m'appeler stp, c'est pour la pierre du jardin
""",
    """
Fiche de renseignements – {A?nouvel employé|nouvelle employée}
Nom : {A.LAST}    Prénom(s) : {A.first}
Numéro de registre national : {A.nid:BE_NATIONAL_NUMBER}
Adresse : {street}, 4000 Liège
Personne à prévenir : {B}, {B.phone:BE}
Compte bancaire : {A.iban:BE}
""",
    """
Madame, Monsieur,

Je conteste le paiement de {amount} débité le {date} sur ma carte {A.card} au profit de « {co} », que je n'ai jamais autorisé. J'ai fait opposition le jour même auprès de votre {B?conseiller|conseillère}, {B.T} {B.last}.
Veuillez trouver ci-joint ma déclaration signée.
{A}
""",
    """
Procès-verbal d'audition de témoin
Devant nous, brigadier {B.init}, comparaît {A}, qui déclare : « Je promenais mon chien, Pilou, {street} vers 22 h. J'ai reconnu le conducteur, c'est {C?le fils|la fille} des {C.last}, {C.first}. » Lecture faite, {A.T} {A.last} persiste et signe.
""",
    """
Rappel : {A.first}, votre RDV avec le Dr {B.last} est le {date} à {time}, centre médical Saint-Exupéry. En cas d'empêchement, merci de prévenir au plus tôt. Ne pas répondre à ce SMS.
""",
    """
★★☆☆☆ Séjour décevant à l'hôtel Le Richelieu
La chambre était propre mais {A?le réceptionniste|la réceptionniste}, {A.first}, a été désagréable dès l'arrivée, et le petit-déjeuner à 14 € ne les vaut pas. Dommage, l'emplacement près de la place Charles-de-Gaulle est idéal.
— {B.fl}
""",
]

FRAMES["de"] = [
    """
Von: {A} <{A.mail}>
An: {B} <{B.mail:stadtwerke-nordheide.de}>
Betreff: AW: Abschlagszahlung Vertragskonto {ref}

{B?Sehr geehrter Herr|Sehr geehrte Frau} {B.last},

vielen Dank für die schnelle Antwort. Der neue Abschlag von 86 € passt so. Bitte buchen Sie ab April von meinem neuen Konto ab: {A.iban}.

Viele Grüße
{A}

-----Ursprüngliche Nachricht-----
Von: {B}
Gesendet: {date}
{A?Sehr geehrter Herr|Sehr geehrte Frau} {A.last}, anbei erhalten Sie Ihre Jahresabrechnung.
""",
    """
Amtsgericht {city}
Az. {ref}
IM NAMEN DES VOLKES – URTEIL
In dem Rechtsstreit
{A}, {street}, {city} – {A?Kläger|Klägerin} –
Prozessbevollmächtigte: {B?Rechtsanwalt|Rechtsanwältin} {B.init}
gegen
{co:* Immobilien GmbH}, vertreten durch {C?den Geschäftsführer|die Geschäftsführerin} {C} – Beklagte –
1. Die Beklagte wird verurteilt, an {A?den Kläger|die Klägerin} {amount} nebst Zinsen zu zahlen.
""",
    """
{hosp}, Klinik für Innere Medizin
Entlassungsbericht
Patient{A?|in}: {A.comma}, geb. {A.dob}

Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,
wir berichten über {A?Herrn|Frau} {A.last}, {A?der|die} sich vom {date} bis {date2} in unserer stationären Behandlung befand. Diagnosen: Pneumonie rechts basal, Diabetes mellitus Typ 2. Als Angehörige{C?r|} wurde {C} über die neue Medikation informiert.
Mit freundlichen kollegialen Grüßen
Dr. med. {B}
""",
    """
Schadenmeldung Kfz-Haftpflicht, Versicherungsschein-Nr. {ref}
Versicherungsnehmer{A?|in}: {A}, Tel. {A.phone}

Am {date} gegen {time} fuhr ich auf dem Parkplatz des Kaufland rückwärts aus der Parklücke und touchierte den {car} von {B?Herrn|Frau} {B}. {C?Zeuge|Zeugin} war {C.init}, {C?der|die} {C?seine|ihre} Nummer ({C.mobile}) hinterließ. Der Schaden beträgt laut Kostenvoranschlag der Werkstatt {co:Autohaus *} ca. {amount}.
""",
    """
{school}
Halbjahreszeugnis, Schuljahr 2024/25
{A}, Klasse 7b

Arbeits- und Sozialverhalten: {A.first} arbeitet aufmerksam mit und ist hilfsbereit gegenüber Mitschülern.
Bemerkungen: {A.first} hat an der Mathematik-Olympiade teilgenommen. Im Ernst: weiter so!
Klassenleitung: {B.init}    Schulleitung: {C}
""",
    """
Bewerbung als Pflegefachkraft (Kennziffer {ref})

Sehr geehrte Damen und Herren,
mit großem Interesse habe ich Ihre Anzeige gelesen. Derzeit arbeite ich im {hosp} auf einer internistischen Station. Gern stehe ich Ihnen für ein persönliches Gespräch zur Verfügung; Sie erreichen mich unter {A.mobile} oder {A.mail}.

Mit freundlichen Grüßen
{A}
Anlagen: Lebenslauf, Zeugnisse, Referenz von {B?Herrn|Frau} {B}
""",
    """
ARBEITSZEUGNIS
{A?Herr|Frau} {A}, geboren am {A.dob}, war vom {date} bis zum {date2} in unserem Unternehmen als {A?Lagerlogistiker|Lagerlogistikerin} tätig. {A?Herr|Frau} {A.last} erledigte die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Wir bedauern {A?sein|ihr} Ausscheiden und wünschen {A?ihm|ihr} alles Gute.
{city}, {date3}
{co:* Logistik GmbH}
{B}, Personalleitung
""",
    """
Betreff: Widerspruch gegen die Nebenkostenabrechnung 2024, Wohnung {street}, 2. OG links

{B?Sehr geehrter Herr|Sehr geehrte Frau} {B.last},
gegen die Abrechnung vom {date} lege ich Widerspruch ein. Die Position Hausmeisterdienst ({amount}) ist nicht nachvollziehbar, da {C?der Hausmeister, Herr|die Hausmeisterin, Frau} {C.last}, seit Oktober nicht mehr im Haus tätig war. {D?Mein Mitbewohner|Meine Mitbewohnerin} {D.first} schließt sich dem Widerspruch an.
Mit freundlichen Grüßen
{A}
""",
    """
Stadt {city} – Ordnungsamt
Verwarnung mit Verwarnungsgeld, Aktenzeichen {ref}

{A?Herrn|Frau}
{A}
{street}

Ihnen wird vorgeworfen, am {date} um {time} in der Goethestraße im absoluten Halteverbot geparkt zu haben. Verwarnungsgeld: 25,00 €.
Sachbearbeitung: {B.t} {B.last}, Tel. {B.phone}
""",
    """
Finanzamt {city}
Steuerliche Identifikationsnummer: {A.nid}

{A?Herrn|Frau} {A}
{street}

Erläuterungen zum Einkommensteuerbescheid 2024
Die Aufwendungen für das häusliche Arbeitszimmer wurden nur teilweise anerkannt. {B?Ihr Ehemann|Ihre Ehefrau}, {B} (IdNr. {B.nid}), wird zusammen mit Ihnen veranlagt. Die Erstattung von {amount} wird auf das Konto {A.iban} überwiesen.
""",
    """
Stellungnahme zum Bebauungsplan Nr. 112 „Am Schillerpark“
Name: {A}
E-Mail: {A.mail}

Als {A?Anwohner|Anwohnerin} der {street} lehne ich die geplante Verdichtung ab. Gemeinsam mit {B?meinem Nachbarn|meiner Nachbarin} {B} habe ich 140 Unterschriften gesammelt. Die Verschattungsstudie (Version {ver}) berücksichtigt den Sommer nicht.
""",
    """
was für ein tag 😅 fahrrad am bahnhof geklaut, aber {A.flower} hat mich heimgefahren. du bist die beste!! und grüße an {B.lower} und das ganze team von {co} 💛
""",
    """
{CITY}. {A?Ein 45-jähriger Radfahrer|Eine 45-jährige Radfahrerin} ist am Dienstagabend auf dem Konrad-Adenauer-Ring von einem Transporter erfasst worden. {A?Der Mann|Die Frau}, {A.fl}, kam mit Prellungen ins {hosp}. {B?Ersthelfer|Ersthelferin} {B} aus St. Wendel leistete Erste Hilfe. „{A.first} hatte großes Glück“, sagte {B.last}.
""",
    """
Kontoauszug 3/2025   Kontoinhaber: {A}   IBAN {A.iban}
{dd}  Gutschrift  LOHN/GEHALT {CO}           2.318,44
{dd2}  Lastschrift Miete {B.UP}                -780,00
{dd3}  Kartenzahlung DM-DROGERIE MARKT          -23,85
{dd4}  Überweisung an {C} IBAN {C.iban}        -120,00
""",
    """
Lieferschein Nr. {ref}
Lieferanschrift: {A}, {street}, {city}
Telefon: {A.phone}
Artikel: 1 × {brand}, 1 × Aufbauservice
Zugestellt von: {B.first} ({co:Spedition *})
Empfangen von: {C.t} {C.last}, {C?Nachbar|Nachbarin}
""",
    """
Neue Anmeldung bei Ihrem Konto

Hallo {A.first},
am {date} um {time} hat sich jemand mit einem neuen Gerät (Firefox, Windows) bei Ihrem Konto angemeldet. IP-Adresse: {A.ip}, Standort: Hamburg.
Waren Sie das nicht? Dann ändern Sie bitte sofort Ihr Passwort.
""",
    """
Rechnung Nr. {ref}
{A} – Übersetzungen Spanisch/Deutsch
USt-IdNr.: {A.vat:DE}
An: {co}

Übersetzung einer Gebrauchsanleitung, 12 Normseiten: {amount}
Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das Konto {A.iban}.
""",
    """
Protokoll Elternabend Klasse 3a, {date}
Anwesend: {A} ({A?Klassenlehrer|Klassenlehrerin}), {B}, {C.init}, {D}
TOP 1: {A.t} {A.last} stellt den Ausflug zum Wildpark vor.
TOP 2: Elternvertretung – gewählt wurden {B.last} und {D.last}.
TOP 3: Der Koch der Mensa bietet ab Mai vegetarisches Essen an.
""",
    """
{A.flower}: hat jemand {B.flower} erreicht? {B?er|sie} geht nicht ans handy
{C.flower}: {B?er|sie} ist noch beim arzt glaub ich
{A.flower}: ok sag {D.lower} bescheid dass wir später anfangen, ganz frank gesagt nervt das
""",
    """
Personalfragebogen
Familienname: {A.last}    Vorname: {A.first}
Sozialversicherungsnummer: {A.nid:AT_SSN}
Wohnadresse: Mozartweg 7, 5020 Salzburg
Bankverbindung: {A.iban:AT}
Notfallkontakt: {B}, {B.phone:AT}
""",
    """
Sehr geehrte Damen und Herren,

auf meiner Kreditkartenabrechnung (Karte {A.card}) finde ich eine Belastung über {amount} vom {date} an „{co}“, die ich nicht veranlasst habe. Ich bitte um Rückbuchung. {B?Ihr Mitarbeiter, Herr|Ihre Mitarbeiterin, Frau} {B.last}, hat die Karte bereits sperren lassen.

Mit freundlichen Grüßen
{A}
""",
    """
Zeugenvernehmung
Vorgeladen erscheint {A}, wohnhaft {street}, {city}, und erklärt:
„Ich war mit meinem Hund Bruno auf dem Parkplatz. Den Fahrer kenne ich vom Sehen, das ist {C?der|die} {C.first} aus der Bahnhofstraße.“
{B?Vernehmender Beamter: POK|Vernehmende Beamtin: POKin} {B.last}
""",
    """
Hallo {A.first}, Ihr Termin in der Praxis Dr. {B.last} ist am {date} um {time}. Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte mindestens 24 Stunden vorher.
""",
    """
★★★★★ Super Service im {co:Autohaus *}! {A.first} hat uns toll beraten, der neue Wagen wurde pünktlich übergeben. Nur der Kaffee war kalt, aber das ist Jammern auf hohem Niveau.
— {B.fl}
""",
]

FRAMES["es"] = [
    """
De: {A} <{A.mail}>
Para: {B} <{B.mail:fibraplus.es}>
Asunto: RE: Incidencia n.º {ref} – router sin conexión

Hola, {B.first}:
Gracias por la llamada de esta mañana. El técnico no vino el {date} como estaba previsto y sigo sin internet. Podéis llamarme al {A.mobile} a partir de las 17:00.

Un saludo,
{A}

> El {date2}, {B} escribió:
> {A?Estimado Sr.|Estimada Sra.} {A.s1}: le confirmamos la visita del técnico para el próximo lunes.
""",
    """
JUZGADO DE PRIMERA INSTANCIA N.º 4 DE {CITY}
SENTENCIA N.º 112/2025
Vistos por {B?el Ilmo. Sr.|la Ilma. Sra.} {B}, {B?Magistrado-Juez|Magistrada-Jueza}, los autos de juicio verbal n.º {ref}, promovidos por {A.T} {A}, con DNI {A.nid}, {A?representado|representada} por {C?el procurador Sr.|la procuradora Sra.} {C.s1}, contra la mercantil {co}, sobre reclamación de cantidad.
FALLO: Estimo la demanda y condeno a {co} a abonar a {A.T} {A} la cantidad de {amount}.
""",
    """
{hosp} – Servicio de Traumatología
INFORME DE ALTA
Paciente: {A}    NIF: {A.nid}
Fecha de ingreso: {date}    Fecha de alta: {date2}

{A?El paciente|La paciente}, de 67 años, ingresa por fractura de cadera izquierda tras caída casual en domicilio. Se realiza artroplastia sin incidencias. Al alta deambula con andador. Acompañante: {C?su hijo|su hija} {C.first}, teléfono {C.mobile}.
Fdo.: {B?Dr.|Dra.} {B}
""",
    """
Comunicación de siniestro – póliza {ref}
Tomador: {A}, NIF {A.nid}

El pasado {date}, al volver del trabajo, encontré agua en el salón procedente del piso de arriba, propiedad de {B.T} {B}. El administrador de la finca, {C.init}, ya está informado. Adjunto presupuesto de {co:Reformas * S.L.} por {amount}.
Ruego abonen la indemnización en la cuenta {A.iban}.
""",
    """
{school} – Informe de evaluación, 2.º trimestre
{A?Alumno|Alumna}: {A}    Curso: 5.º de Primaria B
{B?Tutor|Tutora}: {B}

Observaciones: {A.first} muestra mucho interés por las Ciencias Naturales y ha mejorado su comprensión lectora. Debe entregar los deberes con más puntualidad. Lectura recomendada: «Manolito Gafotas», ISBN {isbn}.
""",
    """
Estimados señores:

Les escribo para optar al puesto de recepcionista (ref. {ref}). Actualmente trabajo en el Hotel Miguel Ángel y hablo español, inglés y francés. Pueden pedir referencias a {B}, {B?mi actual jefe|mi actual jefa}.
Quedo a su disposición en el {A.mobile} o en {A.mail}.

Atentamente,
{A}
""",
    """
A quien corresponda:

Por la presente certifico que {A.T} {A} ha trabajado como {A?auxiliar administrativo|auxiliar administrativa} en {co} desde {year}. Durante este tiempo, {A.first} ha demostrado responsabilidad y muy buen trato con los clientes. Para cualquier consulta pueden contactarme en el {B.phone}.

{B}
{B?Director|Directora} de Recursos Humanos
""",
    """
Asunto: Devolución de la fianza – vivienda en {street}, {city}

{A?Estimado Sr.|Estimada Sra.} {A.s1}:
Le recuerdo que el contrato finalizó el {date} y que entregué las llaves a {B?su hijo|su hija} {B.first}, que no puso ninguna objeción al estado del piso. Han pasado más de 30 días y todavía no he recibido los {amount} de fianza. Le ruego que haga la transferencia a la cuenta {C.iban}.
Un saludo,
{C}
""",
    """
AYUNTAMIENTO DE {CITY} – Notificación de denuncia
Expediente: {ref}
Titular del vehículo: {A.rev}    NIF: {A.nid}
Hecho denunciado: estacionar en zona de carga y descarga, calle de Cervantes, frente al n.º 14.
Fecha: {date}, {time}. Importe: 90 € (45 € con reducción por pronto pago).
Si no era el conductor, {A?el titular|la titular} deberá identificarlo en el plazo de 20 días.
""",
    """
AGENCIA TRIBUTARIA – Requerimiento
NIF: {A.nid}    Apellidos y nombre: {A.rev}
Referencia: {ref}

En relación con su declaración del IRPF 2024, se le requiere para que aporte los justificantes de la deducción por alquiler de vivienda habitual. {B?El arrendador declarado|La arrendadora declarada}, {B} (NIF {B.nid}), no ha presentado el modelo correspondiente.
""",
    """
Alegaciones al Plan General de Ordenación Urbana de {city}
D./D.ª {A}, con NIF {A.nid} y correo electrónico {A.mail}, {A?vecino|vecina} del barrio de San Isidro,
EXPONE: que la recalificación de la parcela junto al {school} eliminaría la única zona verde del barrio;
SOLICITA: que se mantenga el uso como parque. Apoyan este escrito {B} y otros 37 vecinos.
""",
    """
gracias a {A.flower} y a todo el equipo de {co:Talleres * S.L.} por arreglarme el coche en tiempo récord 🙏🙏 y a {B.lower} por aguantarme todo el día jajaja, te debo un ramo de rosas
""",
    """
{B?Un vecino|Una vecina} de {city} de 72 años resultó {B?herido|herida} leve ayer tras ser {B?atropellado|atropellada} en un paso de cebra de la avenida de Blasco Ibáñez. Según relató a este diario {A}, testigo de los hechos, el conductor se dio a la fuga. La víctima, {B.init}, fue trasladada al {hosp}. {A.s1} anotó parte de la matrícula.
""",
    """
Extracto de cuenta – {A}
IBAN: {A.iban}

{dd}  TRANSFERENCIA DE {B.UP} CONCEPTO ALQUILER MAYO   +650,00
{dd2}  RECIBO IBERDROLA                                  -72,14
{dd3}  COMPRA TARJ. 4177 EL CORTE INGLES                 -45,90
{dd4}  BIZUM A {C.UP} CENA                               -18,00
""",
    """
ALBARÁN DE ENTREGA N.º {ref}
Cliente: {A}    Tel.: {A.phone}
Dirección: {street}, {city}
Mercancía: 1 × {brand}, 2 × sillas de terraza
Transportista: {co:Transportes * S.A.}    Conductor: {B.first}
Recibe: {C} ({C?portero|portera})
""",
    """
Hola, {A.first}:
Hemos detectado un inicio de sesión en tu cuenta desde un dispositivo nuevo el {date} a las {time}.
Dirección IP: {A.ip}    Ubicación aproximada: Zaragoza, España
Si no has sido tú, cambia tu contraseña ahora.
""",
    """
FACTURA N.º {ref}
Emisor: {A} – {A?fotógrafo|fotógrafa}
NIF-IVA: {A.vat:ES}
Cliente: {co}

Reportaje fotográfico de boda, 8 horas: {amount} + IVA 21 %
Forma de pago: transferencia a {A.iban}
""",
    """
ACTA DE LA JUNTA DE PROPIETARIOS – {date}
Asistentes: {A} ({A?presidente|presidenta}), {B}, {C.init}, {D}
1. Se aprueba la reparación del ascensor por la empresa {co:Ascensores * S.L.}.
2. {B.s1} informa de humedades en el garaje.
3. Morosos: piso 3.º B ({D.rev}).
""",
    """
[18:02] {A.flower}: alguien sabe algo de {B.flower}?
[18:03] {C.flower}: está en urgencias con su madre, tranqui
[18:05] {A.flower}: vale, decidle a {D.lower} que mañana abro yo la tienda. y que traiga la llave del pilar
""",
    """
Ficha de alta de trabajador
Nombre y apellidos: {A}
NIF portugués: {A.nid:PT_NIF}
NIE: {A.nid:ES_NIE}
Domicilio: {street}, {city}
Contacto de emergencia: {B}, {B.phone:PT}
""",
    """
Muy señores míos:

El {date} se cargaron {amount} en mi tarjeta {A.card} por una compra en «{co}» que no he realizado. Ya hablé con {B?su gestor|su gestora}, {B}, que me indicó que enviara este escrito. Solicito la retrocesión del cargo.

Atentamente,
{A}
""",
    """
COMPARECENCIA
En {city}, siendo las {time} horas del día {date}, comparece {A}, con DNI {A.nid}, y MANIFIESTA:
Que al salir del bar Casa Paco un hombre le arrebató el bolso. Que su acompañante, {B}, presenció los hechos y puede ser {B?localizado|localizada} en el {B.mobile}.
""",
    """
Recordatorio: {A.first}, tiene cita con {B?el Dr.|la Dra.} {B.s1} en el Centro de Salud Doctor Esquerdo el {date} a las {time}. Para anular, responda NO.
""",
    """
⭐⭐⭐⭐ Muy buena atención en la {co:Farmacia *}. {A.first} nos explicó todo con mucha paciencia, aunque tuvimos que esperar un rato. Volveremos.
— {B.fl}
""",
]

FRAMES["it"] = [
    """
Da: {A} <{A.mail}>
A: {B} <{B.mail:luce-gas-italia.it}>
Oggetto: R: Pratica n. {ref} – rimborso bolletta

Gentile {B.first},
grazie per la risposta. Vi ho già inviato la ricevuta del bonifico il {date}. Se serve, potete chiamarmi al {A.mobile}.

Cordiali saluti,
{A}

> Il giorno {date2} {B} ha scritto:
> Gentile {A.t} {A.last}, per procedere al rimborso ci serve copia del pagamento.
""",
    """
TRIBUNALE ORDINARIO DI {CITY}
Sezione Lavoro – Sentenza n. 318/2025
Il Giudice, {B?dott.|dott.ssa} {B}, nella causa iscritta al n. {ref} R.G., promossa da {A}, {A?nato|nata} il {A.dob}, C.F. {A.nid}, {A?rappresentato|rappresentata} dall'avv. {C.init}, contro {co},
P.Q.M. condanna la società convenuta al pagamento in favore di {A.last} della somma di {amount}, oltre interessi.
""",
    """
{hosp} – U.O. Medicina Interna
LETTERA DI DIMISSIONE
Paziente: {A.rev}    {A?Nato|Nata} il: {A.dob}
Codice fiscale: {A.nid}

Si dimette in data odierna {A?il Sig.|la Sig.ra} {A.last}, {A?ricoverato|ricoverata} dal {date} per scompenso cardiaco. Terapia domiciliare: furosemide 25 mg. Controllo con il dott. {B.last} tra 30 giorni. Caregiver: {C} ({C?figlio|figlia}), tel. {C.mobile}.
""",
    """
Denuncia di sinistro – Polizza RCA n. {ref}
Contraente: {A}, C.F. {A.nid}

In data {date}, alle ore {time}, in via Garibaldi, il veicolo Fiat Panda da me condotto è stato urtato dalla {car} guidata da {B}. Il modulo CAI è stato firmato da entrambi. Testimone: {C}, tel. {C.phone}.
""",
    """
{school}
Scheda di valutazione – primo quadrimestre a.s. 2024/2025
{A?Alunno|Alunna}: {A}    Classe: 2ª B

Giudizio globale: {A.first} partecipa con interesse alle attività e ha raggiunto un buon livello di autonomia. In matematica deve consolidare le tabelline.
{B?Il coordinatore di classe, prof.|La coordinatrice di classe, prof.ssa} {B}
""",
    """
Spett.le {co},
con la presente desidero candidarmi per la posizione di magazziniere (rif. {ref}). Ho lavorato tre anni presso uno stabilimento Ferrero e ho il patentino per il muletto. Allego il curriculum e una lettera di referenze di {B}.
Resto a disposizione al numero {A.mobile} o all'indirizzo {A.mail}.
Distinti saluti,
{A}
""",
    """
Oggetto: lettera di referenze per {A}

Con la presente attesto che {A?il Sig.|la Sig.ra} {A} ha lavorato presso la nostra trattoria «Da Gino» come {A?cuoco|cuoca} dal {year} al 2024. {A.last} si è sempre {A?distinto|distinta} per precisione e affidabilità.
{B}, titolare
tel. {B.phone}
""",
    """
Oggetto: restituzione deposito cauzionale – appartamento in {street}, {city}

{A?Egregio Sig.|Gentile Sig.ra} {A.last},
le scrivo in merito al deposito cauzionale di {amount}. Alla riconsegna delle chiavi, avvenuta il {date} alla presenza di {B?suo figlio|sua figlia} {B.first}, non sono stati rilevati danni. La prego di restituire l'importo sul conto {C.iban}.
Cordiali saluti,
{C}
""",
    """
COMUNE DI {CITY} – POLIZIA LOCALE
Verbale di accertamento n. {ref}
Il giorno {date} alle ore {time}, in corso Vittorio Emanuele II, il veicolo Alfa Romeo Giulietta risultava in sosta in zona rimozione.
{A?Obbligato|Obbligata} in solido: {A.rev}, C.F. {A.nid}
Sanzione: € 42,00. Agente accertatore: matricola 208.
""",
    """
Agenzia delle Entrate – Direzione Provinciale di {city}
Comunicazione di irregolarità – Modello 730/2024
Contribuente: {A}    Codice fiscale: {A.nid}

Dal controllo risulta che il familiare a carico indicato, {B} (C.F. {B.nid}), ha percepito un reddito superiore a 2.840,51 euro. Il rimborso residuo di {amount} sarà accreditato sull'IBAN {A.iban}.
""",
    """
Osservazioni al progetto di riqualificazione di piazza Mazzini
Nome e cognome: {A}
Email: {A.mail}

Abito in via Manzoni da 15 anni insieme a {B?mio marito|mia moglie} {B.first}. Chiedo che il progetto (revisione {ver}) preveda più alberi e meno parcheggi. Una giornata di sole in piazza oggi è insopportabile.
""",
    """
grazie infinite a {A.flower} della {co:Profumeria *} che mi ha trovato il regalo perfetto all'ultimo minuto 🎁 e a {B.lower} che mi ha {B?accompagnato|accompagnata} sotto la pioggia!! #natale
""",
    """
{CITY} – Paura ieri pomeriggio in via Roma, dove {B?un anziano|un'anziana} di 84 anni è {B?stato scippato|stata scippata}. È {A?stato un giovane rider|stata una giovane rider}, {A}, 23 anni, a inseguire il ladro. {B?L'uomo|La donna}, {B.init}, è {B?stato accompagnato|stata accompagnata} al pronto soccorso ({hosp}). «{A.first} è {A?un eroe|un'eroina}», commenta il titolare del bar Sant'Ambrogio.
""",
    """
Estratto conto corrente – Intestatario: {A}
IBAN {A.iban}

{dd}  BONIFICO A FAVORE DI {B.UP} CAUSALE AFFITTO      -550,00
{dd2}  ADDEBITO DIRETTO ENEL ENERGIA                   -61,30
{dd3}  PAGAMENTO POS BENETTON                           -39,90
{dd4}  BONIFICO DA {C.UP} RIMBORSO CENA                +25,00
""",
    """
DOCUMENTO DI TRASPORTO N. {ref}
Destinatario: {A}, {street}, {city}
Tel.: {A.phone}
Merce: 1 × {brand}, 1 × set pentole
Vettore: {co:Trasporti *}    Autista: {B.first}
Firma del ricevente: {C.init}
""",
    """
Ciao {A.first},
abbiamo rilevato un nuovo accesso al tuo account il {date} alle {time} dall'indirizzo IP {A.ip} (Bologna, Italia). Se non sei {A?stato|stata} tu, cambia subito la password.
Il team sicurezza
""",
    """
FATTURA N. {ref}
{A} – architetto
P. IVA {A.vat:IT}
C.F. {A.nid}
Spett.le {co}

Onorario per progettazione preliminare: {amount}
Pagamento tramite bonifico su IBAN {A.iban}
""",
    """
VERBALE DI ASSEMBLEA CONDOMINIALE – Condominio «Villa Santa Chiara»
Il giorno {date} sono presenti: {A} (amministratore), {B}, {C.init}, {D}.
Punto 1: approvato il rifacimento del tetto, ditta {co:Impresa Edile *}.
Punto 2: {B.last} segnala infiltrazioni nel box auto.
""",
    """
{A.flower}: qualcuno ha sentito {B.flower}?
{C.flower}: è dal dentista, torna alle 4
{A.flower}: ok dite a {D.lower} che stasera chiudo io, speranza che non piova
""",
    """
Modulo anagrafico dipendente
Cognome: {A.LAST}    Nome: {A.first}
Codice fiscale: {A.nid}
Residenza: {street}, {city}
Contatto di emergenza: {B}, {B.mobile}
IBAN per l'accredito dello stipendio: {A.iban}
""",
    """
Spett.le Servizio Clienti,
disconosco l'addebito di {amount} del {date} sulla carta n. {A.card} a favore di «{co}». Ho già bloccato la carta chiamando il numero verde; {B?l'operatore|l'operatrice}, {B.first}, mi ha dato il codice pratica {ref}.
{A}
""",
    """
Verbale di sommarie informazioni testimoniali
Il giorno {date}, presso la Stazione Carabinieri di {city}, è presente {A}, {A?nato|nata} il {A.dob}, che dichiara: «Stavo portando a spasso il mio cane, Fido, quando ho visto {C} uscire di corsa dalla {co:Farmacia *}.»
Verbalizzante: brig. {B.last}
""",
    """
Promemoria: {A.first}, la visita con {B?il dott.|la dott.ssa} {B.last} è fissata per il {date} alle {time} presso il Poliambulatorio San Camillo. Per disdire rispondi NO.
""",
    """
★★★★☆ Pizzeria Da Michele: pizza ottima, {A.first} al servizio {A?gentilissimo|gentilissima}. Unico neo l'attesa di quaranta minuti.
— {B.fl}
""",
]

FRAMES["nl"] = [
    """
Van: {A} <{A.mail}>
Aan: {B} <{B.mail:wonenplus-webshop.nl}>
Onderwerp: RE: Retourzending {ref}

Hoi {B.first},

Bedankt voor je snelle reactie. Het pakket is op {date} bij het PostNL-punt afgegeven, het verzendbewijs zit in de bijlage. Je kunt me bellen op {A.mobile} als er nog iets ontbreekt.

Groet,
{A}

> Op {date2} schreef {B}:
> Beste {A.T} {A.last}, we hebben uw retour nog niet ontvangen.
""",
    """
RECHTBANK {CITY}
Team kanton – zaaknummer {ref}
Vonnis van {date} in de zaak van
{A}, wonende te {city2}, {A?eiser|eiseres}, gemachtigde: mr. {B.init},
tegen
{co}, gevestigd te {city}, gedaagde.
De kantonrechter veroordeelt {co} om aan {A.last} te betalen {amount}, vermeerderd met de wettelijke rente.
""",
    """
{hosp}, afdeling Longziekten
Ontslagbrief
Betreft: {A.t} {A}, geb. {A.dob}, BSN {A.nid}

Geachte collega,
Uw {A?patiënt|patiënte} werd van {date} tot {date2} opgenomen wegens een exacerbatie COPD. Bij ontslag was {A?hij|zij} zelfstandig mobiel. Contactpersoon is {C?zoon|dochter} {C} ({C.mobile}).
Met collegiale groet,
{B}, longarts
""",
    """
Schademelding inboedelverzekering – polisnummer {ref}
Verzekerde: {A}
Telefoon: {A.phone}

Op {date} is er bij ons ingebroken terwijl we op vakantie waren. {B?De buurman, dhr.|De buurvrouw, mevr.} {B.last}, heeft de politie gebeld. Gestolen zijn een laptop en een {brand}. Graag de uitkering op {A.iban}.
""",
    """
{school} – Rapport periode 2
Leerling: {A}    Groep 7
{B?Meester|Juf} {B.first}

{A.first} werkt geconcentreerd en helpt klasgenoten graag. Rekenen gaat goed, bij begrijpend lezen heeft {A?hij|zij} nog extra oefening nodig. Leesboek voor thuis: ISBN {isbn}.
""",
    """
Geachte heer/mevrouw,

Met veel enthousiasme solliciteer ik naar de functie van logistiek medewerker (vacaturenummer {ref}). Momenteel werk ik bij {co}. Mijn leidinggevende, {B}, is bereid als referent op te treden.
U kunt mij bereiken via {A.mobile} of {A.mail}.

Met vriendelijke groet,
{A}
""",
    """
Aan wie het aangaat,

Hierbij verklaar ik dat {A} van {year} tot 2024 als verpleegkundige werkzaam was op onze afdeling ({hosp}). {A.first} is nauwkeurig, empathisch en blijft rustig onder druk. Wij bevelen {A?hem|haar} van harte aan.
{B}, teamleider
{B.phone}
""",
    """
Betreft: terugbetaling waarborgsom {street}, {city}

Geachte {A?heer|mevrouw} {A.last},
Op {date} heb ik de sleutels ingeleverd bij uw beheerder, {B}. Bij de eindinspectie zijn geen gebreken geconstateerd. Toch heb ik de borg van {amount} nog niet terugontvangen. Ik verzoek u het bedrag binnen veertien dagen over te maken op {C.iban}.
Met vriendelijke groet,
{C}
""",
    """
Gemeente {city} – Naheffingsaanslag parkeerbelasting
Aanslagnummer: {ref}
Datum/tijd: {date}, {time}
Locatie: {street}
Aan: {A?de heer|mevrouw} {A.init}
Bedrag: € 72,90 (parkeerbelasting € 3,90 + kosten € 69,00). U kunt binnen zes weken bezwaar maken.
""",
    """
Belastingdienst
BSN: {A.nid}

{A?De heer|Mevrouw} {A.init}
{street}

Voorlopige aanslag inkomstenbelasting 2025
U krijgt {amount} terug. Wij betalen dit bedrag uit op rekeningnummer {A.iban}. Uw fiscale partner, {B}, ontvangt een eigen aanslag.
""",
    """
Zienswijze ontwerpbestemmingsplan "Rembrandtkwartier"
Naam: {A}
E-mail: {A.mail}

Ik woon met {B?mijn vriend|mijn vriendin} {B.first} op het adres {street}. De geplande hoogbouw zorgt voor schaduw op het Anne Frankplantsoen. Ik verzoek de gemeente het bezonningsonderzoek (versie {ver}) opnieuw te laten uitvoeren.
""",
    """
wat een toppers bij {co:Fietsenmaker *} 🙌 {A.flower} heeft m'n fiets binnen een uur gemaakt! en {B.lower} bedankt voor de koffie haha, morgen neem ik een roos voor je mee
""",
    """
{CITY} – Een 16-jarige scholier heeft zaterdag {B?een oudere man|een oudere vrouw} uit de gracht gered. {A} zag vanaf de brug bij de Van Goghstraat hoe {B?de man zijn|de vrouw haar} evenwicht verloor. "Ik dacht niet na", zegt {A.last}. {B?De man|De vrouw}, {B.init} (79), is ter controle naar het ziekenhuis gebracht ({hosp}).
""",
    """
Rekeningoverzicht – {A}
IBAN {A.iban}

{dd}  Overboeking naar {B.UP} omschrijving huur april   -825,00
{dd2}  Incasso Albert Heijn                             -63,12
{dd3}  Betaalverzoek van {C} etentje                   +18,50
{dd4}  Pinbetaling Douwe Egberts Café                   -4,20
""",
    """
PAKBON {ref}
Afleveradres: {A}, {street}, {city}
Telefoon: {A.phone}
Artikelen: 1 × {brand}, 1 × Van Houten cacao
Bezorger: {B.first}
Afgegeven bij de buren: {C.t} {C.last}, huisnummer 14
""",
    """
Hallo {A.first},
Er is op {date} om {time} ingelogd op je account vanaf een nieuw apparaat. IP-adres: {A.ip}. Locatie: Utrecht, Nederland.
Was jij dit niet? Wijzig dan direct je wachtwoord.
""",
    """
FACTUUR {ref}
{A} – zzp-vertaler
Btw-id: {A.vat:NL}
Aan: {co}

Vertaling jaarverslag EN-NL: {amount}
Gelieve binnen 30 dagen over te maken op {A.iban}.
""",
    """
Notulen ALV VvE Johan de Wittlaan 20-48, {date}
Aanwezig: {A} (voorzitter), {B}, {C.init}, {D}
1. {A.last} opent de vergadering om 19.30 uur.
2. Het schilderwerk wordt uitgevoerd door {co:Schildersbedrijf *}.
3. {B.first} vraagt naar de lekkage in de fietsenkelder; {D.poss} voorstel voor een camera wordt aangehouden.
""",
    """
{A.flower}: heeft iemand {B.flower} gezien? {B?hij|ze} neemt niet op
{C.flower}: {B?hij|ze} zit bij de tandarts denk ik
{A.flower}: oke zeg tegen {D.lower} dat we om 8 beginnen
""",
    """
Personeelsfiche
Naam: {A.LAST}    Voornaam: {A.first}
Rijksregisternummer: {A.nid:BE_NATIONAL_NUMBER}
Adres: {street}, 2000 Antwerpen
Bankrekening: {A.iban:BE}
Noodcontact: {B}, {B.phone:BE}
""",
    """
Geachte heer/mevrouw,

Op mijn creditcard ({A.card}) staat op {date} een afschrijving van {amount} van „{co}”. Deze betaling heb ik niet gedaan. Ik heb de kaart via uw medewerker {B.first} laten blokkeren.

{A}
""",
    """
Proces-verbaal van verhoor getuige
Op {date} verscheen {A}, geboren {A.dob}, die verklaarde:
"Ik liet mijn hond Bobbie uit op het Rembrandtplein. Ik herkende de bestuurder, {C}, {C?een buurjongen|een buurmeisje} van nummer 12."
Verbalisant: {B.init}, hoofdagent
""",
    """
Herinnering: {A.first}, uw afspraak bij dokter {B.last} is op {date} om {time} in Gezondheidscentrum Sint Jozef. Afmelden kan tot 24 uur van tevoren.
""",
    """
⭐⭐⭐⭐⭐ Super geholpen bij {co:Bakkerij *}. {A.first} wist precies welke taart we nodig hadden voor het feest van {C.poss} moeder.
– {B.fl}
""",
]

FRAMES["pl"] = [
    """
Od: {A} <{A.mail}>
Do: {B} <{B.mail:agd-serwis.pl}>
Temat: Odp: Reklamacja nr {ref}

Dzień dobry,
dziękuję za szybką odpowiedź. Pralka nadal nie działa – serwisant był u mnie {date}, ale nie wymienił pompy. Proszę o kontakt pod numerem {A.mobile}.

Pozdrawiam
{A}

> W dniu {date2} {B} {B?napisał|napisała}:
> {A?Szanowny Panie|Szanowna Pani}, prosimy o przesłanie zdjęcia tabliczki znamionowej.
""",
    """
SĄD REJONOWY [[W KRAKOWIE||W GDAŃSKU||W POZNANIU]]
WYROK W IMIENIU RZECZYPOSPOLITEJ POLSKIEJ
Dnia {date}, sygn. akt {ref}
{B?Przewodniczący|Przewodnicząca}: sędzia {B}
{A?Powód|Powódka}: {A}, PESEL {A.nid}
Pozwany: {co}
Sąd zasądza od pozwanego na rzecz {A?powoda|powódki} kwotę {amount} wraz z odsetkami ustawowymi.
""",
    """
{hosp}, Oddział Chorób Wewnętrznych
KARTA INFORMACYJNA LECZENIA SZPITALNEGO
{A?Pacjent|Pacjentka}: {A}    PESEL: {A.nid}
Data przyjęcia: {date}    Data wypisu: {date2}

Rozpoznanie: zapalenie płuc. {A?Pacjent|Pacjentka} w stanie ogólnym dobrym {A?wypisany|wypisana} do domu. Zalecenia: kontrola w POZ za 7 dni.
Lekarz prowadzący: lek. {B}
Osoba upoważniona: {C} ({C?syn|córka}), tel. {C.mobile}
""",
    """
Zgłoszenie szkody komunikacyjnej – polisa nr {ref}
Zgłaszający: {A}, tel. {A.phone}

W dniu {date} o godz. {time} na ul. Mickiewicza {B?kierujący|kierująca} pojazdem Opel Astra, {B}, nie {B?ustąpił|ustąpiła} mi pierwszeństwa. {B?Sprawca przyznał|Sprawczyni przyznała} się do winy. Świadek: {C}, tel. {C.phone}.
Odszkodowanie proszę przelać na rachunek {A.iban}.
""",
    """
{school}
Opinia wychowawcy – klasa 6b, rok szkolny 2024/2025
{A?Uczeń|Uczennica}: {A}

{A.first} jest {A?uczniem pracowitym i koleżeńskim|uczennicą pracowitą i koleżeńską}. Bierze udział w konkursach matematycznych i pomaga młodszym kolegom. Lektura wakacyjna: ISBN {isbn}.
{B?Wychowawca|Wychowawczyni}: {B}
""",
    """
{A}
{street}, {city}
tel. {A.mobile}, e-mail: {A.mail}

Szanowni Państwo,
w odpowiedzi na ogłoszenie nr {ref} {A?chciałbym|chciałabym} ubiegać się o stanowisko magazyniera. Obecnie pracuję w firmie {co}. Referencje może potwierdzić {B?mój przełożony|moja przełożona}, {B}.
Z poważaniem
{A}
""",
    """
REFERENCJE
Niniejszym potwierdzamy, że {A.t} {A} {A?był zatrudniony|była zatrudniona} w firmie {co:Przedsiębiorstwo Transportowe *} na stanowisku kierowcy w latach {year}–2024. {A.t} {A.last} wykonywał{A?|a} obowiązki sumiennie i terminowo.
{B}
Prezes Zarządu
tel. {B.phone}
""",
    """
Wezwanie do zwrotu kaucji
Wynajmujący: {A}
Najemca: {B}
Lokal: {street}, {city}

W dniu {date} lokal został zwrócony, co potwierdza protokół zdawczo-odbiorczy. Wzywam do zwrotu kaucji w kwocie {amount} na rachunek {B.iban} w terminie 7 dni. {C?Współnajemca|Współnajemczyni}, {C}, wyraża zgodę na przelew na ten rachunek.
{B}
""",
    """
STRAŻ MIEJSKA – Wezwanie nr {ref}
Właściciel pojazdu: {A}
Adres: {street}, {city}

W dniu {date} o godz. {time} stwierdzono postój pojazdu marki Škoda w strefie płatnego parkowania bez wniesienia opłaty. Prosimy o stawiennictwo w ciągu 7 dni. Sprawę prowadzi: {B}.
""",
    """
Urząd Skarbowy [[Warszawa-Mokotów||Kraków-Nowa Huta||Gdańsk-Wrzeszcz]]
Podatnik: {A}
PESEL: {A.nid}
Dotyczy: zwrot nadpłaty w podatku PIT-37 za 2024 r.

Informujemy, że nadpłata w kwocie {amount} zostanie przekazana na rachunek {A.iban}. {B?Małżonek|Małżonka} rozliczający się wspólnie: {B}, PESEL {B.nid}.
""",
    """
Formularz konsultacyjny – budżet obywatelski
Imię i nazwisko: {A}
Adres e-mail: {A.mail}

Jako {A?mieszkaniec|mieszkanka} osiedla przy al. Jana Pawła II popieram projekt nr 14 (oświetlenie parku). Projekt {B?zgłosił mój sąsiad|zgłosiła moja sąsiadka}, {B}. Wersja regulaminu: {ver}.
""",
    """
{A.flower} z serwisu {co:Auto-Serwis *} {A?uratował|uratowała} mi dzień 🙌 naprawa w godzinę! a {B.lower} jak zwykle {B?najlepszy|najlepsza} ❤️ #polecam
""",
    """
{CITY}. Policjanci szukają świadków wypadku na ul. Grunwaldzkiej. {B?Ranny został 67-letni mieszkaniec|Ranna została 67-letnia mieszkanka} miasta, {B.fl}, {B?który trafił|która trafiła} do szpitala ({hosp}). – {A?Usłyszałem|Usłyszałam} pisk opon i {A?zobaczyłem|zobaczyłam}, jak {B?mężczyzna|kobieta} upada – relacjonuje {A}, {A?który wezwał|która wezwała} pogotowie. {A.last} {A?pomógł|pomogła} też zabezpieczyć miejsce zdarzenia.
""",
    """
Wyciąg z rachunku nr 4/2025
Posiadacz rachunku: {A}
Rachunek: {A.iban}

{dd}  PRZELEW WYCH. {B.UP} CZYNSZ KWIECIEŃ      -2 100,00
{dd2}  BLIK ZAKUP ALLEGRO                          -89,99
{dd3}  PRZELEW PRZYCH. {C.UP} ZWROT ZA BILETY     +120,00
{dd4}  KARTA ...4413 ŻABKA                         -17,48
""",
    """
DOWÓD DOSTAWY nr {ref}
Odbiorca: {A}, {street}, {city}
Telefon: {A.phone}
Towar: 1 × {brand}, 1 × ekspres do kawy
Kurier: {B.first}
{C?Odebrał|Odebrała}: {C}, {C?sąsiad|sąsiadka}
""",
    """
Cześć {A.first},
wykryliśmy nowe logowanie na Twoje konto {date} o {time}. Adres IP: {A.ip}. Lokalizacja: Wrocław, Polska.
Jeśli to nie Ty, zmień hasło.
""",
    """
FAKTURA VAT nr {ref}
Sprzedawca: Usługi Remontowe {A}
NIP: {A.vat:PL}
Nabywca: {co}

Malowanie klatki schodowej: {amount}
Rachunek: {A.iban}
""",
    """
Protokół z zebrania Wspólnoty Mieszkaniowej, ul. Kopernika 8, {date}
Obecni: {A} ({A?przewodniczący|przewodnicząca}), {B}, {C.init}, {D}
1. {B} {B?zgłosił|zgłosiła} problem z windą.
2. Zarząd zleci remont firmie {co:* Sp. z o.o.}.
""",
    """
{A.flower}: {B.flower} jest dziś w pracy?
{C.flower}: nie, {B.flower} ma wolne, {B?pojechał|pojechała} do mamy
{A.flower}: ok, to {D.lower} otwiera jutro sklep? bo wiosna idzie i będzie ruch
""",
    """
Kwestionariusz osobowy pracownika
Nazwisko: {A.last}    Imię: {A.first}
PESEL: {A.nid}
Adres zamieszkania: {street}, {city}
Osoba do kontaktu: {B}, tel. {B.mobile}
Rachunek do wypłaty wynagrodzenia: {A.iban}
""",
    """
Reklamacja transakcji kartowej
Posiadacz karty: {A}
Numer karty: {A.card}

Kwestionuję transakcję z dnia {date} na kwotę {amount} w sklepie internetowym „{co}”. Kartę {A?zastrzegłem|zastrzegłam} tego samego dnia; zgłoszenie {B?przyjął konsultant|przyjęła konsultantka} {B.first}.
""",
    """
PROTOKÓŁ PRZESŁUCHANIA ŚWIADKA
Świadek: {A}, ur. {A.dob}, PESEL {A.nid}
Świadek zeznaje: „{A?Wyprowadzałem|Wyprowadzałam} psa, Burka, przed blokiem. Kierowcą {C?był|była} {C}, {C?mój sąsiad|moja sąsiadka} z parteru.”
{B?Przesłuchujący|Przesłuchująca}: asp. {B}
""",
    """
Przypomnienie: {A.first}, wizyta w Przychodni im. Marii Skłodowskiej-Curie {date} o godz. {time}. Lekarz: dr {B}. Odwołanie: odpowiedz NIE.
""",
    """
★★★★★ Najlepsze pączki w mieście, {co:Piekarnia *} trzyma poziom. {A.t} {A.first} z kasy zawsze {A?uśmiechnięty i pomocny|uśmiechnięta i pomocna}, nawet w tłusty czwartek.
– {B.fl}
""",
]


def generate() -> list[dict]:
    rng = random.Random(SEED)
    ids = Ids(rng)
    docs = []
    for lang in LANGS:
        frames = FRAMES[lang]
        assert len(frames) >= 20, lang
        names = NameSource(lang, rng, ids)
        renderer = Renderer(lang, rng, ids, names)
        order = [i % len(frames) for i in range(DOCS_PER_LANG)]
        rng.shuffle(order)
        for n, f in enumerate(order):
            text, spans = renderer.render(frames[f])
            for span in spans:
                validate_span(text, span, ids)
            docs.append({"id": f"h2-{lang}-{n:03d}-f{f + 1:02d}", "lang": lang, "text": text, "spans": spans})
    return docs


def main() -> None:
    docs = generate()
    with open(OUT, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    labels: dict[str, int] = {}
    sources: dict[str, int] = {}
    for doc in docs:
        for s in doc["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
            if "name_source" in s:
                sources[s["name_source"]] = sources.get(s["name_source"], 0) + 1
    print(f"wrote {len(docs)} documents to {OUT}")
    print("spans:", dict(sorted(labels.items())))
    print("PERSON name sources:", sources)


if __name__ == "__main__":
    main()
