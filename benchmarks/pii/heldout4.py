"""Held-out PII evaluation set no. 4: seeded generator for ``heldout4.jsonl``.

What it is
    1,050 labelled documents (150 each in en, fr, de, es, it, nl, pl) for measuring a
    personal-data detector.  One JSON object per line:
    {"id": "h4-<lang>-<nnn>-<genre>", "lang": ..., "text": ..., "spans": [{"start", "end",
    "label", "name_source" (PERSON only)}]}; offsets are Python ``str`` offsets.

How it was written
    Independently: the author did not open the detector's code, its tests, its word lists or the
    other evaluation sets (only ``evaluate.py`` was read, for the file format and label names).
    No ``faker`` data is used.  The first-name and surname lists below were written by hand from
    general knowledge of each population: very common national names ("common"), regional or
    old-fashioned ones ("rare"), names of immigrant communities and neighbouring countries
    ("elsewhere") and surnames/first names that are also ordinary words ("wordlike").  For a
    mention, ``name_source`` is the source of the name parts that appear in it (first name only
    -> the first name's list; surname only -> the surname's list; both -> the person's category).
    Every document frame was written natively for its language (not translated), with
    ``⟦a|b|c⟧`` alternatives chosen at random so that documents of one frame differ.

Content
    Genres: personal and complaint letters, support tickets and replies, HR notes and reviews,
    CVs, chat transcripts (work, family, some all lower case), invoices/receipts, e-mail
    threads with quoted replies, police/incident reports, medical letters, insurance claims,
    school/nursery messages, social-media posts and reviews, meeting minutes, court/tenancy
    notices, staff newsletters.  Names appear as full names, first or surname only, after
    titles (title not in the span), "SURNAME First", "Surname, First", initials, capitals,
    lower case, possessives, particles (van der, de, di, von), hyphenated and double surnames
    and Polish inflected forms (the span is the form as written).
    Personal identifiers are all valid: phones (phonenumbers.is_valid_number, several EU
    countries, national and international formats), IBANs (stdnum.iban), Luhn card numbers,
    e-mails, IPv4/IPv6, VAT numbers of sole traders (stdnum.eu.vat), and national ids
    validated with python-stdnum.  Hard negatives are left unlabelled: companies (also ones
    named after people), streets/schools/hospitals named after people, cities, brands,
    order/ticket/invoice/policy/case numbers, dates, amounts, ISBNs, versions, tracking numbers,
    postcodes and masked cards.  No company contact data (phones, e-mails) is included.

    /work/venvtest/bin/python benchmarks/pii/heldout4.py   # writes heldout4.jsonl next to it
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

import phonenumbers
from stdnum import iban as std_iban, isbn as std_isbn, luhn
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni, nie as es_nie, nif as es_nif
from stdnum.eu import vat as eu_vat
from stdnum.fr import nir as fr_nir
from stdnum.ie import pps as ie_pps, vat as ie_vat
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pn

SEED = 4_2024_0917
LANGS = ["en", "fr", "de", "es", "it", "nl", "pl"]
DOCS_PER_LANG = 150
GENRES = ["letter", "complaint", "ticket", "hr", "cv", "chat", "invoice", "email", "police", "medical",
          "insurance", "school", "social", "minutes", "court", "newsletter"]
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "EU_VAT",
           "DE_TAX_ID", "FR_NIR", "NL_BSN", "PL_PESEL", "SE_PERSONNUMMER", "BE_NATIONAL_NUMBER", "DK_CPR",
           "AT_SSN", "PT_NIF", "IE_PPSN", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE"}


def L(s: str) -> list[str]:
    """Comma-separated hand-written list -> list of stripped items."""
    return [x.strip() for x in s.split(",") if x.strip()]


# =====================================================================================
# Hand-written name lists.  m/f = first names by gender; last = surnames.
# "rare" groups: (region, male firsts, female firsts, surnames).
# "elsewhere": (gender, first, last) written as "m:First:Last" items.
# =====================================================================================

NAMES = {
    "en": {
        "m": L("James, John, David, Michael, Daniel, Thomas, Oliver, Harry, George, William, Jack, Matthew, "
               "Christopher, Andrew, Paul, Stephen, Richard, Peter, Robert, Samuel, Joseph, Benjamin, Luke, "
               "Ryan, Adam, Liam, Sean, Conor, Callum, Jamie, Nathan, Gareth, Kevin, Declan"),
        "f": L("Sarah, Emma, Olivia, Emily, Charlotte, Sophie, Jessica, Hannah, Laura, Rebecca, Amy, Lucy, Claire, "
               "Rachel, Karen, Helen, Susan, Elizabeth, Katie, Chloe, Megan, Amelia, Isla, Niamh, Aoife, Gemma, "
               "Joanne, Nicola, Louise, Siobhan, Leanne"),
        "last": L("Smith, Jones, Williams, Taylor, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, "
                  "Thompson, Wright, Walker, Edwards, Hughes, Harris, Lewis, Jackson, Clarke, Turner, Scott, "
                  "Morris, Moore, Watson, Murphy, Kelly, O'Brien, Byrne, Ryan, Walsh, O'Sullivan, McCarthy, "
                  "Doyle, Gallagher, Campbell, Stewart, Anderson, Mitchell, Richardson, Phillips, Harrison, "
                  "Atkinson, Fitzgerald, Kennedy, McLaughlin, Jenkins, Parry, Holmes, Simpson"),
        "rare": [
            ("welsh", L("Rhys, Dafydd, Gethin, Iestyn, Emyr, Geraint"), L("Cerys, Angharad, Eluned, Ffion, Nia, Bethan"),
             L("Pritchard, Llewellyn, Gwynne, Cadwaladr, Vaughan-Thomas, Prosser, Bowen, Pugh")),
            ("scots", L("Hamish, Torquil, Ewan, Alasdair, Fraser"), L("Morag, Ailsa, Eilidh, Catriona, Kirsty"),
             L("MacLeod, Urquhart, Farquharson, Menzies, Mackintosh, Sutherland-Gray, Drummond, MacAskill")),
            ("irish", L("Ruairí, Oisín, Tadhg, Cathal, Donncha"), L("Saoirse, Caoimhe, Gráinne, Clodagh, Sadhbh"),
             L("Ó Súilleabháin, Mac Giolla Phádraig, Ní Bhriain, Breathnach, Tierney, Cullinane")),
            ("cornish-north", L("Jago, Peregrine, Barnaby, Crispin, Ptolemy"), L("Tamsin, Kerensa, Morwenna, Demelza, Perpetua"),
             L("Trevithick, Penhaligon, Nancarrow, Tregenza, Ollerenshaw, Postlethwaite, Higginbottom, Featherstonehaugh, Entwistle, Sidebottom")),
        ],
        "elsewhere": L("m:Rahul:Sharma, f:Priya:Patel, m:Mohammed:Khan, f:Aisha:Hussain, m:Imran:Ahmed, f:Sunita:Kaur, "
                       "m:Harpreet:Singh, m:Tariq:Mahmood, f:Fatima:Begum, m:Ravi:Chaudhry, m:Chidi:Okafor, "
                       "f:Ngozi:Adeyemi, m:Oluwaseun:Adebayo, f:Folake:Balogun, f:Katarzyna:Wisniewska, "
                       "m:Tomasz:Zielinski, m:Wei:Zhang, f:Mei Lin:Chen, m:Abdi:Farah, f:Hodan:Mohamed, "
                       "m:Andrei:Popescu, f:Ioana:Ionescu, f:Shamima:Rahman, m:Jamal:Uddin, f:Anjali:Desai, "
                       "m:Kwame:Asante, f:Yetunde:Ogunleye, m:Marek:Dvořák, f:Ana Maria:Ferreira, m:Giorgos:Papadopoulos"),
        "wlast": L("Baker, Rose, Hunter, Green, Wood, King, White, Brown, Hill, Bird, Fox, Little, Young, Black, Bell, "
                   "Marsh, Field, Church, Stone, Mason, Cook, Potter, Shepherd, Fisher, Lamb, Swan, Moss, Page, Waters, "
                   "Banks, Frost, Day, Knight, Bishop, Sharp, Hope, Lane, Dean, Parsons, Sparrow"),
        "wm": L("Will, Mark, Bill, Frank, Jack, Rob, Grant, Victor"),
        "wf": L("Rose, Grace, Hope, Faith, Ivy, Holly, Daisy, Amber, Summer, Joy"),
    },
    "fr": {
        "m": L("Jean, Pierre, Michel, Philippe, Alain, Nicolas, Christophe, Laurent, Julien, Thomas, Lucas, Hugo, "
               "Louis, Gabriel, Antoine, Mathieu, Sébastien, Frédéric, Olivier, Jérôme, David, Maxime, Romain, "
               "Théo, Jean-Pierre, Jean-Baptiste, Pierre-Yves, Arnaud, Guillaume, Benoît, Quentin, Kévin"),
        "f": L("Marie, Nathalie, Isabelle, Sylvie, Catherine, Sophie, Julie, Camille, Léa, Chloé, Manon, Emma, "
               "Sandrine, Céline, Aurélie, Élodie, Valérie, Christine, Anne, Émilie, Pauline, Inès, Jade, Louise, "
               "Margaux, Marie-Claire, Anne-Sophie, Marie-Hélène, Stéphanie, Virginie, Hélène, Océane"),
        "last": L("Martin, Bernard, Dubois, Thomas, Robert, Richard, Durand, Moreau, Laurent, Simon, Michel, Lefebvre, "
                  "David, Bertrand, Morel, Fournier, Girard, Bonnet, Dupont, Lambert, Rousseau, Vincent, Faure, "
                  "Mercier, Guérin, Boyer, Garnier, Gauthier, Perrin, Robin, Clément, Morin, Henry, Roussel, Masson, "
                  "Duval, Denis, Dumont, Lemaire, Dufour, Giraud, Gaillard, Barbier, Arnaud, Caron, Picard, Fabre, "
                  "Aubert, Lemoine, Renaud, Dumas, Lacroix, Leclerc, Guillot, Hubert, Dupuis, Deschamps, Huet, "
                  "Vasseur, Perrot, Lemaître, Delaunay, Pasquier, Martin-Dubois, de Villiers, Le Roux"),
        "rare": [
            ("breton", L("Erwan, Yannick, Loïg, Tugdual, Gwendal, Corentin"), L("Nolwenn, Maëlle, Gwenaëlle, Solenn, Maïwenn, Armelle"),
             L("Le Bihan, Kerleroux, Quéméner, Le Guennec, Tanguy, Le Goff, Le Floch, Kervella, Guivarc'h")),
            ("basque-occitan", L("Peio, Xabi, Iñaki, Bastien"), L("Oihana, Maialen, Ainhoa, Mirentxu"),
             L("Etxeberria, Iribarne, Harriague, Etcheverry, Larralde, Castagnède, Daguerre")),
            ("corsica", L("Ghjuvan, Anghjulu, Orsu, Paulu"), L("Ghjulia, Maria-Santa, Letizia, Ornella"),
             L("Santoni, Paoli, Orsini, Poggi, Luciani, Pietri, Colonna d'Istria")),
            ("north-east", L("Enguerrand, Aymeric, Gonzague, Anatole, Théophile, Maxence"),
             L("Apolline, Bérénice, Ségolène, Clotilde, Sidonie, Philippine"),
             L("Vandenbroucke, Deleersnyder, Verhaeghe, Schwoerer, Hirtzlin, Wehrlé, Debrabandère, de La Rochefoucauld, du Plessis-Maillard")),
        ],
        "elsewhere": L("m:Mohamed:Benali, m:Karim:Bouzid, f:Nadia:Haddad, f:Samira:Cherif, m:Yacine:Belkacem, "
                       "f:Fatima-Zahra:El Amrani, m:Rachid:Mansouri, f:Leïla:Saïdi, m:Mehdi:Aït Ouarab, m:Moussa:Diallo, "
                       "f:Aminata:Traoré, m:Mamadou:Diop, f:Fatoumata:Keïta, m:Ibrahima:Ndiaye, f:Awa:Coulibaly, "
                       "m:João:Pereira, f:Ana:Ferreira, m:Carlos:Da Costa, f:Maria:Dos Santos, m:Joaquim:Teixeira, "
                       "f:Thi Lan:Nguyen, m:Van Minh:Tran, m:Ahmet:Yilmaz, f:Elif:Demir, f:Anahit:Petrossian, "
                       "m:Ionuț:Popa, f:Elena:Dumitrescu, m:Wei:Chen, f:Sokhna:Mbaye, m:Sofiane:Boudjema"),
        "wlast": L("Petit, Blanc, Lebrun, Legrand, Boulanger, Chevalier, Berger, Boucher, Meunier, Marchand, "
                   "Charpentier, Lebon, Fontaine, Rivière, Moulin, Lapierre, Lenoir, Lefort, Joly, Brun, Renard, "
                   "Leloup, Rossignol, Poirier, Sauvage, Legros, Roy, Lejeune, Pâris, Noël, Carré, Baron"),
        "wm": L("Clément, Constant, Désiré, Ange, Aimé, Victor"),
        "wf": L("Rose, Blanche, Constance, Capucine, Violette, Marguerite, Céleste, Victoire, Fleur, Perle"),
    },
    "de": {
        "m": L("Thomas, Michael, Andreas, Stefan, Christian, Peter, Klaus, Wolfgang, Jürgen, Markus, Sebastian, "
               "Alexander, Tobias, Jan, Lukas, Felix, Maximilian, Jonas, Leon, Paul, Matthias, Daniel, Florian, Uwe, "
               "Dirk, Hans-Jürgen, Karl-Heinz, Torsten, Sven, Niklas"),
        "f": L("Sabine, Petra, Andrea, Claudia, Susanne, Monika, Birgit, Katrin, Julia, Anna, Laura, Lena, Lea, "
               "Sarah, Hannah, Sophie, Marie, Emma, Mia, Nicole, Stefanie, Melanie, Ursula, Renate, Heike, Jana, "
               "Franziska, Anja, Anna-Lena, Kerstin, Silke"),
        "last": L("Müller, Schmidt, Schneider, Meyer, Weber, Wagner, Becker, Schulz, Hoffmann, Schäfer, Schröder, "
                  "Neumann, Zimmermann, Krüger, Hofmann, Hartmann, Schmitt, Werner, Schmitz, Meier, Lehmann, Schmid, "
                  "Schulze, Maier, Köhler, Herrmann, Walter, Mayer, Huber, Peters, Möller, Scholz, Friedrich, Keller, "
                  "Günther, Roth, Beck, Lorenz, Baumann, Franke, Albrecht, Ludwig, Böhm, Kraus, Schumacher, Krämer, "
                  "Vogt, Otto, Seidel, Heinrich, Brandt, Haas, Schreiber, Dietrich, Ziegler, Kühn, Pohl, Bergmann, "
                  "Voigt, Arnold, Wolff, Pfeiffer, Meyer-Landrut, Schulte-Wermeling, von Arnim, von der Heydt"),
        "rare": [
            ("frisian-north", L("Okke, Tjark, Eilert, Ubbo, Hauke, Malte, Thore"), L("Frauke, Wiebke, Imke, Gesche, Swantje, Tomke"),
             L("Ostendorp, Tjaden, Onken, Eilers, Harms, Hinrichs, Tiedemann, Plöger, Düsterhöft, Lüdemann")),
            ("bavarian-austrian", L("Korbinian, Xaver, Vitus, Quirin, Leonhard, Florian"), L("Walburga, Notburga, Kreszenz, Vroni, Afra"),
             L("Obermaier, Brandstätter, Gschwendtner, Wimmer, Hinterseer, Moosbrugger, Pointner, Aigner, Oberhauser")),
            ("saxon-sorbian", L("Gottlieb, Friedhelm, Hartmut, Leberecht, Rasmus"), L("Irmgard, Hedwig, Mechthild, Reinhild, Jorinde"),
             L("Zschiesche, Zschocke, Kretzschmar, Nitzsche, Nowka, Šołta, Rübsamen, Klingelhöfer, Pfannkuch, Schimmelpfennig, Rautenstrauch")),
        ],
        "elsewhere": L("m:Mehmet:Yılmaz, f:Ayşe:Kaya, m:Emre:Demir, f:Elif:Şahin, f:Fatma:Çelik, m:Murat:Öztürk, "
                       "f:Hatice:Aydın, m:Can:Arslan, f:Zeynep:Doğan, f:Agnieszka:Kowalczyk, m:Piotr:Nowak, "
                       "f:Jelena:Iwanowa, m:Dmitri:Petrow, m:Viktor:Reimer, m:Giuseppe:Russo, f:Francesca:Esposito, "
                       "m:Dimitrios:Papadopoulos, f:Eleni:Georgiou, m:Ahmad:Al-Hassan, f:Rania:Khalil, "
                       "m:Mohammad:Alsheikh, f:Rojda:Aslan, f:Oksana:Kowalenko, m:Andrij:Schewtschenko, "
                       "f:Ivana:Marković, m:Dragan:Jovanović, f:Thi Hoa:Nguyen, m:Bogdan:Popescu, f:Amira:Haddad"),
        "wlast": L("Koch, Wolf, Fuchs, Vogel, Fischer, Richter, Klein, Schwarz, Braun, König, Kaiser, Hahn, Jung, "
                   "Lang, Winter, Sommer, Stein, Engel, Horn, Busch, Graf, Jäger, Schuster, Bauer, Weiß, Strauß, "
                   "Hase, Adler, Storch, Specht, Fink, Kurz, Fröhlich, Ehrlich, Frei, Hecht, Sonntag, Freitag, Stern, Berg"),
        "wm": L("Ernst, Frank, August, Konstantin, Fritz"),
        "wf": L("Rose, Iris, Luna, Heide, Viola, Erika"),
    },
    "es": {
        "m": L("Antonio, José, Manuel, Francisco, David, Juan, Javier, Daniel, Carlos, Jesús, Alejandro, Miguel, "
               "Rafael, Pablo, Pedro, Sergio, Fernando, Jorge, Luis, Alberto, Álvaro, Adrián, Diego, Hugo, Mario, "
               "Juan Carlos, José Luis, Francisco Javier, Rubén, Iván"),
        "f": L("María, Carmen, Ana, Isabel, Laura, Cristina, Marta, Lucía, Elena, Sara, Paula, Raquel, Silvia, "
               "Patricia, Beatriz, Sofía, Julia, Irene, Andrea, Nuria, Alba, Claudia, María José, Ana Belén, "
               "María del Carmen, Marina, Noelia, Rocío, Verónica, Lorena"),
        "last": L("García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, "
                  "Ruiz, Hernández, Díaz, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, "
                  "Vázquez, Ramos, Gil, Ramírez, Serrano, Molina, Morales, Suárez, Ortega, Castro, Ortiz, Marín, "
                  "Sanz, Núñez, Medina, Garrido, Cortés, Santos, Lozano, Cano, Prieto, Méndez, Vidal, Herrera, "
                  "Márquez, Cabrera, Carrasco, Aguilar, Pascual, Santana, Lorenzo, Montero, Hidalgo, Giménez, "
                  "Ibáñez, Ferrer, Durán, Benítez, Vicente, Vargas, Arias, Carmona, Crespo, Román, Soto, Sáez, "
                  "Velasco, Moya, Soler, Parra, Esteban, Gallardo, Rojas, de la Fuente, del Río, de la Torre"),
        "rare": [
            ("basque", L("Iñaki, Aitor, Unai, Gorka, Iker, Koldo"), L("Ainhoa, Itziar, Nerea, Maite, Garbiñe, Leire, Arantxa"),
             L("Etxeberria, Goikoetxea, Urquijo, Aguirrezabala, Zubizarreta, Arrizabalaga, Olaizola, Uribe, Ibarra, Agirre")),
            ("catalan", L("Jordi, Pau, Oriol, Arnau, Quim, Joan"), L("Montserrat, Núria, Laia, Mireia, Meritxell, Roser"),
             L("Puigdemont, Casals, Pujol, Grau, Sala, Riera, Vives, Bosch, Puig, Vilaró, Camps, Bassols")),
            ("galician-asturian", L("Xoán, Brais, Iago, Pelayo, Anxo"), L("Uxía, Antía, Covadonga, Sabela, Iria"),
             L("Rouco, Seoane, Piñeiro, Outeiral, Lema, Barreiro, Couceiro, Fandiño")),
            ("old-canarian", L("Yeray, Acaimo, Baldomero, Fulgencio, Segismundo, Hermenegildo"),
             L("Guacimara, Idaira, Leocadia, Eulalia, Sinforosa, Eufrasia"),
             L("Betancort, Trujillo de León, Cabrera Perdomo, Quevedo, Umpiérrez, Alemán")),
        ],
        "elsewhere": L("m:Mohamed:El Idrissi, f:Fátima Zahra:Benali, m:Youssef:Amrani, f:Khadija:Ouahbi, "
                       "m:Hassan:El Ouardi, m:Ionuț:Popescu, f:Mihaela:Dumitru, m:Florin:Stan, m:Gheorghe:Constantin, "
                       "f:Yuliana:Cárdenas Quispe, m:Wilmer:Chicaiza, m:Jhon Fredy:Mosquera, f:Leidy Johana:Murillo, "
                       "f:Yesenia:Guamán, f:Fang:Wang, m:Wei:Zhang, f:Xiaoling:Chen, f:Olena:Shevchenko, "
                       "m:Cheikh:Ndiaye, f:Fatou:Sarr, m:Muhammad:Asif, f:Nadia:Iqbal, f:Oana:Mureșan, "
                       "m:Bilal:Haddou, f:Rosmery:Huamán Tito, m:Kevin Andrés:Ospina"),
        "wlast": L("León, Rosa, Blanco, Cruz, Calvo, Iglesias, Castillo, Guerrero, Flores, Vega, Fuentes, Caballero, "
                   "Reyes, Nieto, Herrero, Pastor, Bravo, Mora, Peña, Campos, Cordero, Lobo, Palomo, Toro, Delgado, "
                   "Moreno, Rubio, Manzano, Prado, Cuesta, Montes, Calzada"),
        "wm": L("Ángel, Reyes, León, Amador, Bienvenido, Salvador"),
        "wf": L("Rosa, Dolores, Pilar, Consuelo, Amparo, Blanca, Luz, Paz, Soledad, Esperanza, Mercedes, Nieves, "
                "Milagros, Estrella, Victoria, Alegría"),
    },
    "it": {
        "m": L("Giuseppe, Giovanni, Antonio, Mario, Francesco, Luigi, Vincenzo, Pietro, Salvatore, Carlo, Domenico, "
               "Paolo, Michele, Giorgio, Aldo, Sergio, Luca, Marco, Andrea, Alessandro, Matteo, Lorenzo, Leonardo, "
               "Davide, Stefano, Roberto, Simone, Fabio, Massimo, Gianluca, Riccardo, Emanuele"),
        "f": L("Maria, Anna, Giuseppina, Angela, Giovanna, Teresa, Lucia, Carmela, Caterina, Francesca, Chiara, "
               "Sara, Giulia, Martina, Valentina, Alessandra, Elisa, Federica, Silvia, Paola, Laura, Sofia, Aurora, "
               "Giorgia, Elena, Roberta, Simona, Ilaria, Anna Maria, Maria Grazia"),
        "last": L("Rossi, Russo, Esposito, Bianchi, Romano, Ricci, Marino, Greco, Conti, De Luca, Mancini, Giordano, "
                  "Rizzo, Lombardi, Moretti, Barbieri, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martinelli, "
                  "Vitale, Lombardo, Coppola, De Santis, D'Angelo, Marchetti, Parisi, Ferraro, Ferri, Fabbri, Marini, "
                  "Valentini, Messina, De Angelis, Pellegrini, Palumbo, Sanna, Rizzi, Cattaneo, Morelli, Silvestri, "
                  "Grassi, Pellegrino, Giuliani, Benedetti, Rossetti, Caputo, Montanari, Palmieri, Bernardi, "
                  "Ferretti, Bellini, Basile, Donati, Piras, Sartori, Costantini, Milani, Ruggiero, Sorrentino, "
                  "D'Amico, Orlando, Di Stefano, Di Pietro, Lo Russo, Dal Molin, Della Valle"),
        "rare": [
            ("sardinian", L("Efisio, Gavino, Bachisio, Salvatore Angelo, Giommaria"), L("Bonaria, Itria, Maddalena, Tonina"),
             L("Porcu, Pinna, Melis, Deiana, Cossu, Murgia, Loi, Usai, Atzeni, Zedda, Mereu")),
            ("north-east", L("Tiziano, Ermenegildo, Evaristo, Egidio, Hannes, Ottavio"), L("Ludovica, Ginevra, Brunilde, Noemi, Loredana"),
             L("Zanier, Tomasin, Del Fabbro, Candotti, Oberhofer, Pichler, Zampieri, Bortolin, Zanella, Tosato, Zanon")),
            ("south", L("Calogero, Gesualdo, Cosimo, Oronzo, Gaetano, Rosario"), L("Crocifissa, Concetta, Nunzia, Agata, Filomena, Assunta, Eufemia"),
             L("Scannapieco, Li Causi, Calafiore, Lo Bianco, La Rosa, Cacciapuoti, Squillace, Vuolo, Capuozzo")),
        ],
        "elsewhere": L("f:Andreea:Popa, m:Mihai:Ionescu, f:Cristina:Munteanu, m:Florin:Dumitrescu, m:Arben:Hoxha, "
                       "f:Elira:Shehu, m:Ermal:Gashi, f:Blerina:Kola, m:Dritan:Leka, m:Youssef:El Amrani, "
                       "f:Khadija:Bennani, m:Jie:Hu, f:Li:Chen, f:Mei:Zhou, f:Maricel:Dela Cruz, m:Jonathan:Bautista, "
                       "f:Rowena:Santos, f:Oksana:Melnyk, m:Gurpreet:Singh, f:Manpreet:Kaur, m:Mamadou:Sow, "
                       "m:Ahmed:Mostafa, m:Md Shahidul:Rahman, f:Natalia:Rusu, m:Vasile:Ciobanu, f:Nadia:Benkirane"),
        "wlast": L("Ferro, Leone, Gallo, Bianco, Fontana, Costa, Gatti, Farina, Guerra, Fiore, Grasso, Testa, Monti, "
                   "Conte, Villa, Serra, Carbone, Amato, Gentile, Battaglia, Lupo, Colombo, Volpe, Orso, Bruno, "
                   "Longo, Marchese, Barone, Cavallo, Lupo, Sole, Martello, Neri"),
        "wm": L("Angelo, Felice, Fortunato, Primo, Modesto, Innocenzo, Franco, Sereno"),
        "wf": L("Rosa, Bianca, Serena, Benedetta, Gioia, Marina, Stella, Speranza, Celeste, Vittoria, Fortunata"),
    },
    "nl": {
        "m": L("Jan, Johannes, Pieter, Peter, Hendrik, Cornelis, Willem, Kees, Gerrit, Dirk, Bart, Mark, Thomas, "
               "Daan, Sem, Lucas, Tim, Stijn, Ruben, Jeroen, Sander, Martijn, Niels, Bas, Joost, Erik, Rob, "
               "Wouter, Thijs, Luuk, Bram, Jesse, Koen, Maarten"),
        "f": L("Maria, Anna, Johanna, Cornelia, Elisabeth, Anneke, Marieke, Sanne, Lisa, Emma, Julia, Sophie, Eva, "
               "Anouk, Femke, Lotte, Tess, Sara, Linda, Monique, Ingrid, Petra, Esther, Nicole, Ilse, Inge, "
               "Marloes, Saskia, Mirjam, Yvonne, Nienke, Annemiek, Wilma, Els"),
        "last": L("de Jong, Jansen, van den Berg, van Dijk, Janssen, Meijer, Mulder, Peters, Hendriks, van Leeuwen, "
                  "Dekker, Dijkstra, Smits, van der Meer, van der Linden, Jacobs, Vermeulen, van den Heuvel, "
                  "van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Vliet, "
                  "van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, van der Wal, Huisman, Peeters, de Lange, "
                  "Kuiper, van Wijk, Postma, Kuipers, Veenstra, van den Brink, Scholten, Hermans, Timmermans, "
                  "Wouters, Goossens, Verbruggen, Wuyts, Claes, Van Damme, De Smet, Vanderlinden"),
        "rare": [
            ("frisian", L("Sjoerd, Wytse, Jelle, Tjeerd, Hessel, Rients, Hylke, Wubbo"), L("Sietske, Geertje, Baukje, Hiltje, Tjitske, Jikke, Ymke"),
             L("Wijbenga, Bijlsma, Sikkema, Tjalsma, Zijlstra, Sjaarda, Wiersma, Elzinga, Feenstra, Osinga")),
            ("south-zeeland", L("Gerbrand, Rutger, Diederik, Reinier, Evert, Ewout, Servaas"), L("Aafke, Gonneke, Roelie, Trijntje, Hendrika"),
             L("Hermkens, Coenen, Vossen, Lemmens, Wisse, Minderhoud, Huizinga, Oosterhuis, Verschoor, van Wijngaarden")),
            ("flemish", L("Jef, Staf, Lieven, Wannes, Gust"), L("Lieve, Griet, Mieke, Fien, Hanne"),
             L("Vandeputte, Verschueren, Van Acker, Desmet, Vercammen, Van Hecke, De Clercq, Vanhoutte")),
        ],
        "elsewhere": L("m:Mehmet:Yilmaz, f:Ayşe:Öztürk, m:Hakan:Demir, f:Fatma:Kaya, m:Burak:Aydin, f:Esra:Koç, "
                       "m:Mohamed:El Amrani, f:Fatima:Bouzid, m:Youssef:Ait Taleb, f:Samira:El Khattabi, "
                       "m:Nordin:Azzouzi, f:Naima:Benali, m:Roy:Wijngaarde, f:Shanti:Ramdin, f:Sandra:Kromodimedjo, "
                       "m:Anil:Ramsaran, f:Priya:Jagroep, f:Gerda:Kanhai, m:Jurgen:Martina, f:Shurenda:Isenia, "
                       "f:Agnieszka:Nowak, m:Abdullah:Alhamoud, f:Senait:Tesfay, m:Yonas:Ghebremedhin, "
                       "m:Kwame:Mensah, f:Akosua:Boateng, m:Robby:Tjin, f:Ingrid:Tan"),
        "wlast": L("de Vries, Bakker, Visser, de Boer, de Groot, Bos, Vos, Kok, de Wit, de Bruin, Koning, de Haan, "
                   "Prins, Brouwer, Smit, Kramer, Timmerman, Schipper, Koopman, Winter, Zomer, Schaap, de Leeuw, Haas, "
                   "Vink, Vogel, de Ridder, Groen, Zwart, Klein, Kort, de Koning, Boer, Molenaar, Visscher"),
        "wm": L("Mees, Storm, Boaz, Faas"),
        "wf": L("Roos, Fleur, Iris, Sterre, Jasmijn, Hoop, Lente, Merel"),
    },
    "pl": {
        "m": L("Jan, Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Marcin, Michał, Marek, Grzegorz, Łukasz, Adam, "
               "Tadeusz, Mateusz, Wojciech, Kamil, Jakub, Szymon, Bartosz, Maciej, Rafał, Zbigniew, Jerzy, Józef, "
               "Dariusz, Filip"),
        "f": L("Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, "
               "Zofia, Aleksandra, Monika, Beata, Marta, Karolina, Natalia, Julia, Zuzanna, Dorota, Iwona, Justyna, "
               "Paulina, Agata, Ewelina, Renata, Danuta"),
        "last": L("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, "
                  "Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, "
                  "Piotrowski, Grabowski, Pawłowski, Michalski, Wieczorek, Jabłoński, Nowakowski, Majewski, "
                  "Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Nowicki, Pawlak, Górski, Witkowski, "
                  "Walczak, Rutkowski, Michalak, Szewczyk, Ostrowski, Tomaszewski, Pietrzak, Zalewski, Marciniak, "
                  "Jasiński, Zawadzki, Jakubowski, Sadowski, Duda, Włodarczyk, Chmielewski, Sokołowski, Czarnecki, "
                  "Mazurek, Kubiak, Kołodziej, Krupa, Konieczny, Wysocki"),
        "rare": [
            ("kashubian-silesian", L("Bolesław, Mieczysław, Wacław, Zdzisław"), L("Bronisława, Genowefa, Jadwiga, Wiesława"),
             L("Kropidłowski, Bigus, Szczypior, Konkol, Labuda, Formela, Gierszewski, Świerczek, Kocur, Pyka")),
            ("highlander-old", L("Przemysław, Radosław, Siemowit, Ziemowit, Bożydar"), L("Honorata, Apolonia, Ludmiła, Dobrawa, Bogumiła"),
             L("Gąsienica, Krzeptowski, Szczęsny, Chrząszcz, Szczygieł, Łoś, Prus, Przybyłowicz, Chodkiewicz, Żółtowski")),
        ],
        "elsewhere": L("f:Olena:Szewczenko, f:Oksana:Bondarenko, f:Iryna:Melnyk, f:Tetiana:Kowalczuk, m:Andrij:Kowalenko, "
                       "m:Ołeksandr:Tkaczenko, m:Dmytro:Bondarenko, m:Serhij:Melnyk, m:Taras:Hnatiuk, m:Bohdan:Sawczuk, "
                       "f:Halyna:Petrenko, f:Switłana:Łysenko, m:Wasyl:Moroz, f:Thi Lan:Nguyen, f:Thu Ha:Tran, "
                       "f:Nino:Beridze, f:Natalia:Hnatiuk"),
        "wlast": L("Kowal, Wróbel, Zając, Król, Wilk, Lis, Sikora, Baran, Kruk, Kot, Sowa, Mróz, Zima, Kwiatek, "
                   "Gołąb, Sroka, Wrona, Biały, Czarny, Cichy"),
        "wm": L("Bogdan, Dobromir"),
        "wf": L("Róża, Jagoda, Kalina, Wiktoria"),
    },
}

# --- Polish declension -------------------------------------------------------------
CASES = ("gen", "dat", "acc", "inst", "loc", "voc")
PL_FIRST = {  # nominative: gen, dat, acc, inst, loc, voc
    "Jan": "Jana Janowi Jana Janem Janie Janie", "Piotr": "Piotra Piotrowi Piotra Piotrem Piotrze Piotrze",
    "Krzysztof": "Krzysztofa Krzysztofowi Krzysztofa Krzysztofem Krzysztofie Krzysztofie",
    "Andrzej": "Andrzeja Andrzejowi Andrzeja Andrzejem Andrzeju Andrzeju",
    "Tomasz": "Tomasza Tomaszowi Tomasza Tomaszem Tomaszu Tomaszu", "Paweł": "Pawła Pawłowi Pawła Pawłem Pawle Pawle",
    "Marcin": "Marcina Marcinowi Marcina Marcinem Marcinie Marcinie", "Michał": "Michała Michałowi Michała Michałem Michale Michale",
    "Marek": "Marka Markowi Marka Markiem Marku Marku", "Grzegorz": "Grzegorza Grzegorzowi Grzegorza Grzegorzem Grzegorzu Grzegorzu",
    "Łukasz": "Łukasza Łukaszowi Łukasza Łukaszem Łukaszu Łukaszu", "Adam": "Adama Adamowi Adama Adamem Adamie Adamie",
    "Tadeusz": "Tadeusza Tadeuszowi Tadeusza Tadeuszem Tadeuszu Tadeuszu",
    "Mateusz": "Mateusza Mateuszowi Mateusza Mateuszem Mateuszu Mateuszu",
    "Wojciech": "Wojciecha Wojciechowi Wojciecha Wojciechem Wojciechu Wojciechu",
    "Kamil": "Kamila Kamilowi Kamila Kamilem Kamilu Kamilu", "Jakub": "Jakuba Jakubowi Jakuba Jakubem Jakubie Jakubie",
    "Szymon": "Szymona Szymonowi Szymona Szymonem Szymonie Szymonie",
    "Bartosz": "Bartosza Bartoszowi Bartosza Bartoszem Bartoszu Bartoszu",
    "Maciej": "Macieja Maciejowi Macieja Maciejem Macieju Macieju", "Rafał": "Rafała Rafałowi Rafała Rafałem Rafale Rafale",
    "Zbigniew": "Zbigniewa Zbigniewowi Zbigniewa Zbigniewem Zbigniewie Zbigniewie",
    "Jerzy": "Jerzego Jerzemu Jerzego Jerzym Jerzym Jerzy", "Józef": "Józefa Józefowi Józefa Józefem Józefie Józefie",
    "Dariusz": "Dariusza Dariuszowi Dariusza Dariuszem Dariuszu Dariuszu", "Filip": "Filipa Filipowi Filipa Filipem Filipie Filipie",
    "Bolesław": "Bolesława Bolesławowi Bolesława Bolesławem Bolesławie Bolesławie",
    "Mieczysław": "Mieczysława Mieczysławowi Mieczysława Mieczysławem Mieczysławie Mieczysławie",
    "Wacław": "Wacława Wacławowi Wacława Wacławem Wacławie Wacławie",
    "Zdzisław": "Zdzisława Zdzisławowi Zdzisława Zdzisławem Zdzisławie Zdzisławie",
    "Przemysław": "Przemysława Przemysławowi Przemysława Przemysławem Przemysławie Przemysławie",
    "Radosław": "Radosława Radosławowi Radosława Radosławem Radosławie Radosławie",
    "Siemowit": "Siemowita Siemowitowi Siemowita Siemowitem Siemowicie Siemowicie",
    "Ziemowit": "Ziemowita Ziemowitowi Ziemowita Ziemowitem Ziemowicie Ziemowicie",
    "Bożydar": "Bożydara Bożydarowi Bożydara Bożydarem Bożydarze Bożydarze",
    "Bogdan": "Bogdana Bogdanowi Bogdana Bogdanem Bogdanie Bogdanie",
    "Dobromir": "Dobromira Dobromirowi Dobromira Dobromirem Dobromirze Dobromirze",
    "Andrij": "Andrija Andrijowi Andrija Andrijem Andriju Andriju",
    "Ołeksandr": "Ołeksandra Ołeksandrowi Ołeksandra Ołeksandrem Ołeksandrze Ołeksandrze",
    "Dmytro": "Dmytra Dmytrowi Dmytra Dmytrem Dmytrze Dmytrze", "Serhij": "Serhija Serhijowi Serhija Serhijem Serhiju Serhiju",
    "Taras": "Tarasa Tarasowi Tarasa Tarasem Tarasie Tarasie", "Bohdan": "Bohdana Bohdanowi Bohdana Bohdanem Bohdanie Bohdanie",
    "Wasyl": "Wasyla Wasylowi Wasyla Wasylem Wasylu Wasylu",
    "Thi Lan": "Thi Lan Thi Lan Thi Lan Thi Lan Thi Lan Thi Lan", "Thu Ha": "Thu Ha Thu Ha Thu Ha Thu Ha Thu Ha Thu Ha",
    "Nino": "Nino Nino Nino Nino Nino Nino",
}
PL_NICK = {  # diminutive: (nominative, vocative)
    "Jan": ("Janek", "Janku"), "Piotr": ("Piotrek", "Piotrek"), "Krzysztof": ("Krzysiek", "Krzysiu"), "Tomasz": ("Tomek", "Tomku"),
    "Marcin": ("Marcin", "Marcin"), "Michał": ("Michał", "Michał"), "Grzegorz": ("Grzesiek", "Grzesiu"),
    "Wojciech": ("Wojtek", "Wojtku"), "Jakub": ("Kuba", "Kuba"), "Bartosz": ("Bartek", "Bartku"), "Maciej": ("Maciek", "Maćku"),
    "Zbigniew": ("Zbyszek", "Zbyszku"), "Jerzy": ("Jurek", "Jurku"), "Dariusz": ("Darek", "Darku"), "Łukasz": ("Łukasz", "Łukasz"),
    "Anna": ("Ania", "Aniu"), "Maria": ("Marysia", "Marysiu"), "Katarzyna": ("Kasia", "Kasiu"), "Małgorzata": ("Gosia", "Gosiu"),
    "Agnieszka": ("Aga", "Aga"), "Barbara": ("Basia", "Basiu"), "Krystyna": ("Krysia", "Krysiu"), "Elżbieta": ("Ela", "Elu"),
    "Magdalena": ("Madzia", "Madziu"), "Joanna": ("Asia", "Asiu"), "Zofia": ("Zosia", "Zosiu"), "Aleksandra": ("Ola", "Olu"),
    "Zuzanna": ("Zuzia", "Zuziu"), "Dorota": ("Dorotka", "Dorotko"), "Justyna": ("Justa", "Justa"), "Agata": ("Agatka", "Agatko"),
    "Olena": ("Olena", "Oleno"), "Iryna": ("Ira", "Iro"), "Oksana": ("Oksana", "Oksana"),
}
PL_LAST_NOUN = {  # masculine noun surnames: gen, dat, acc, inst, loc
    "Nowak": "Nowaka Nowakowi Nowaka Nowakiem Nowaku", "Wójcik": "Wójcika Wójcikowi Wójcika Wójcikiem Wójciku",
    "Kowalczyk": "Kowalczyka Kowalczykowi Kowalczyka Kowalczykiem Kowalczyku",
    "Woźniak": "Woźniaka Woźniakowi Woźniaka Woźniakiem Woźniaku", "Mazur": "Mazura Mazurowi Mazura Mazurem Mazurze",
    "Krawczyk": "Krawczyka Krawczykowi Krawczyka Krawczykiem Krawczyku",
    "Kaczmarek": "Kaczmarka Kaczmarkowi Kaczmarka Kaczmarkiem Kaczmarku",
    "Wieczorek": "Wieczorka Wieczorkowi Wieczorka Wieczorkiem Wieczorku",
    "Adamczyk": "Adamczyka Adamczykowi Adamczyka Adamczykiem Adamczyku", "Dudek": "Dudka Dudkowi Dudka Dudkiem Dudku",
    "Pawlak": "Pawlaka Pawlakowi Pawlaka Pawlakiem Pawlaku", "Walczak": "Walczaka Walczakowi Walczaka Walczakiem Walczaku",
    "Michalak": "Michalaka Michalakowi Michalaka Michalakiem Michalaku",
    "Pietrzak": "Pietrzaka Pietrzakowi Pietrzaka Pietrzakiem Pietrzaku",
    "Marciniak": "Marciniaka Marciniakowi Marciniaka Marciniakiem Marciniaku",
    "Kubiak": "Kubiaka Kubiakowi Kubiaka Kubiakiem Kubiaku", "Szewczyk": "Szewczyka Szewczykowi Szewczyka Szewczykiem Szewczyku",
    "Włodarczyk": "Włodarczyka Włodarczykowi Włodarczyka Włodarczykiem Włodarczyku",
    "Stępień": "Stępnia Stępniowi Stępnia Stępniem Stępniu", "Mazurek": "Mazurka Mazurkowi Mazurka Mazurkiem Mazurku",
    "Kołodziej": "Kołodzieja Kołodziejowi Kołodzieja Kołodziejem Kołodzieju",
    "Kowal": "Kowala Kowalowi Kowala Kowalem Kowalu", "Wróbel": "Wróbla Wróblowi Wróbla Wróblem Wróblu",
    "Zając": "Zająca Zającowi Zająca Zającem Zającu", "Król": "Króla Królowi Króla Królem Królu",
    "Wilk": "Wilka Wilkowi Wilka Wilkiem Wilku", "Lis": "Lisa Lisowi Lisa Lisem Lisie", "Baran": "Barana Baranowi Barana Baranem Baranie",
    "Kruk": "Kruka Krukowi Kruka Krukiem Kruku", "Kot": "Kota Kotowi Kota Kotem Kocie", "Mróz": "Mroza Mrozowi Mroza Mrozem Mrozie",
    "Kwiatek": "Kwiatka Kwiatkowi Kwiatka Kwiatkiem Kwiatku", "Gołąb": "Gołębia Gołębiowi Gołębia Gołębiem Gołębiu",
    "Bigus": "Bigusa Bigusowi Bigusa Bigusem Bigusie", "Szczypior": "Szczypiora Szczypiorowi Szczypiora Szczypiorem Szczypiorze",
    "Konkol": "Konkola Konkolowi Konkola Konkolem Konkolu", "Świerczek": "Świerczka Świerczkowi Świerczka Świerczkiem Świerczku",
    "Kocur": "Kocura Kocurowi Kocura Kocurem Kocurze", "Chrząszcz": "Chrząszcza Chrząszczowi Chrząszcza Chrząszczem Chrząszczu",
    "Szczygieł": "Szczygła Szczygłowi Szczygła Szczygłem Szczygle", "Łoś": "Łosia Łosiowi Łosia Łosiem Łosiu",
    "Prus": "Prusa Prusowi Prusa Prusem Prusie",
    "Przybyłowicz": "Przybyłowicza Przybyłowiczowi Przybyłowicza Przybyłowiczem Przybyłowiczu",
    "Chodkiewicz": "Chodkiewicza Chodkiewiczowi Chodkiewicza Chodkiewiczem Chodkiewiczu",
    "Melnyk": "Melnyka Melnykowi Melnyka Melnykiem Melnyku", "Kowalczuk": "Kowalczuka Kowalczukowi Kowalczuka Kowalczukiem Kowalczuku",
    "Hnatiuk": "Hnatiuka Hnatiukowi Hnatiuka Hnatiukiem Hnatiuku", "Sawczuk": "Sawczuka Sawczukowi Sawczuka Sawczukiem Sawczuku",
    "Moroz": "Moroza Morozowi Moroza Morozem Morozie",
    "Szewczenko": "Szewczenki Szewczence Szewczenkę Szewczenką Szewczence",
    "Bondarenko": "Bondarenki Bondarence Bondarenkę Bondarenką Bondarence",
    "Kowalenko": "Kowalenki Kowalence Kowalenkę Kowalenką Kowalence",
    "Tkaczenko": "Tkaczenki Tkaczence Tkaczenkę Tkaczenką Tkaczence",
    "Petrenko": "Petrenki Petrence Petrenkę Petrenką Petrence", "Łysenko": "Łysenki Łysence Łysenkę Łysenką Łysence",
}
PL_INDECL = {"Nguyen", "Tran", "Beridze", "Thi Lan", "Thu Ha", "Nino"}


def pl_fem_a(name: str) -> dict:
    """Declension of a Polish (or polonised) word ending in -a: feminine first names, -a surnames."""
    st = name[:-1]
    gen = st + "y"
    if name.endswith("ia") and len(name) > 2 and name[-3] not in "aeiouy":
        return dict(gen=st + "i", dat=st + "i", acc=st + "ę", inst=st + "ą", loc=st + "i", voc=st + "o")
    if name.endswith(("ka", "ga")):
        gen = st + "i"
        dat = st[:-1] + ("ce" if name.endswith("ka") else "dze")
    elif name.endswith("ta"):
        dat = st[:-1] + "cie"
    elif name.endswith("da"):
        dat = st[:-1] + "dzie"
    elif name.endswith("ra"):
        dat = st + "ze"
    elif name.endswith("ła"):
        dat = st[:-1] + "le"
    elif name.endswith("la"):
        gen = dat = st + "i"
    elif name.endswith(("ca", "ża", "cza", "sza", "rza", "dza")):
        dat = gen
    else:
        dat = st + "ie"
    return dict(gen=gen, dat=dat, acc=st + "ę", inst=st + "ą", loc=dat, voc=st + "o")


def pl_first_form(first: str, gender: str, case: str) -> str:
    if case == "nom":
        return first
    if " " in first or "-" in first:
        return first if first in PL_INDECL else " ".join(pl_first_form(p, gender, case) for p in first.split(" "))
    if first in PL_FIRST:
        return PL_FIRST[first].split(" ")[CASES.index(case)] if first not in PL_INDECL else first
    if gender == "f" and first.endswith("a"):
        return pl_fem_a(first)[case]
    if first in PL_INDECL or gender == "f":
        return first
    raise KeyError(f"no Polish declension for first name {first!r}")


def pl_gendered_last(base: str, gender: str) -> str:
    """Surnames are stored in the masculine form; derive the feminine one."""
    if "-" in base:
        return "-".join(pl_gendered_last(p, gender) for p in base.split("-"))
    if gender == "f":
        if base.endswith(("ski", "cki", "dzki")):
            return base[:-1] + "a"
        if base.endswith("y") and base not in PL_INDECL:  # adjectival: Biały -> Biała, Cichy -> Cicha
            return base[:-1] + "a"
    return base


def pl_last_form(base: str, gender: str, case: str) -> str:
    if "-" in base:
        return "-".join(pl_last_form(p, gender, case) for p in base.split("-"))
    word = pl_gendered_last(base, gender)
    if case in ("nom", "voc"):
        return word
    if base.endswith(("ski", "cki", "dzki", "y")) and base not in PL_INDECL:
        if gender == "m":
            st = base if base.endswith("i") else base[:-1]   # Kowalski -> Kowalski-ego ; Biały -> Biał-ego
            soft = base.endswith("i")
            return {"gen": st + "ego", "dat": st + "emu", "acc": st + "ego",
                    "inst": (base + "m") if soft else st + "ym", "loc": (base + "m") if soft else st + "ym"}[case]
        st = word[:-1]  # Kowalska -> Kowalsk
        return {"gen": st + ("iej" if st.endswith(("k", "g")) else "ej"), "dat": st + ("iej" if st.endswith(("k", "g")) else "ej"),
                "acc": st + "ą", "inst": st + "ą", "loc": st + ("iej" if st.endswith(("k", "g")) else "ej")}[case]
    if base.endswith("a") and base not in PL_INDECL:
        return pl_fem_a(base)[case]
    if gender == "f" or base in PL_INDECL:
        return word
    if base in PL_LAST_NOUN:
        return PL_LAST_NOUN[base].split(" ")[("gen", "dat", "acc", "inst", "loc").index(case)]
    raise KeyError(f"no Polish declension for surname {base!r}")


# =====================================================================================
# Persons
# =====================================================================================

def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("đ", "d")
    s = s.replace("ı", "i").replace("ș", "s").replace("ț", "t")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, lang, gender, first, last, src, first_src, last_src):
        self.lang, self.gender, self.first, self.last = lang, gender, first, last
        self.src, self.first_src, self.last_src = src, first_src, last_src
        self.birth = None

    # surname as shown without a preceding first name (Dutch particles are capitalised then)
    def last_alone(self) -> str:
        if self.lang == "nl" and self.last[:1].islower():
            return self.last[0].upper() + self.last[1:]
        return self.last

    def last_shown(self, case="nom") -> str:
        if self.lang == "pl":
            return pl_last_form(self.last, self.gender, case)
        return self.last

    def first_shown(self, case="nom") -> str:
        if self.lang == "pl":
            return pl_first_form(self.first, self.gender, case)
        return self.first

    def initials(self, rng) -> str:
        if getattr(self, "_initials", None) is None:
            self._initials = self._make_initials(rng)
        return self._initials

    def _make_initials(self, rng) -> str:
        parts = re.split(r"([- ])", self.first)
        out = ""
        for p in parts:
            if p in ("-", " "):
                out += "-" if p == "-" else ""
            elif p:
                out += p[0] + "."
        if self.lang == "nl" and rng.random() < 0.5:  # Dutch official style: several initials
            out += rng.choice("AHJMCPWG") + "."
        return out

    def form(self, kind: str, case: str, rng) -> tuple[str, str]:
        """Return (surface string, name_source) for a mention kind."""
        f, l_ = self.first_shown(case), self.last_shown(case)
        full_src = self.src
        if kind == "full":
            return f + " " + l_, full_src
        if kind == "first":
            return f, self.first_src
        if kind == "last":
            s = l_
            if self.lang == "nl" and s[:1].islower():
                s = s[0].upper() + s[1:]
            return s, self.last_src
        if kind == "last1":  # Spanish: first surname only
            if self.lang == "es" and " " in self.last and not self.last.startswith(("de ", "del ")) and " i " not in self.last:
                return self.last.split(" ")[0], self.last_src
            return self.last_alone(), self.last_src
        if kind == "init":
            return self.initials(rng) + " " + l_, full_src
        if kind == "fi":  # "Anna K."
            return f + " " + re.sub(r"^(van der |van den |van de |van |de |der |von |di |de la |del )", "", self.last)[0].upper() + ".", self.first_src
        if kind == "LF":
            return l_.upper() + " " + f, full_src
        if kind == "lcf":
            if self.lang == "nl" and self.last[:1].islower():
                parts = self.last.split(" ")
                return parts[-1] + ", " + f + " " + " ".join(parts[:-1]), full_src
            return l_ + ", " + f, full_src
        if kind == "UP":
            return (f + " " + l_).upper(), full_src
        if kind == "ULAST":
            return l_.upper(), self.last_src
        if kind == "low":
            return (f + " " + l_).lower(), full_src
        if kind == "lfirst":
            return f.lower(), self.first_src
        if kind in ("nick", "lnick"):
            n = f
            if self.lang == "pl" and self.first in PL_NICK:
                n = PL_NICK[self.first][1 if case == "voc" else 0]
            return (n.lower() if kind == "lnick" else n), self.first_src
        raise KeyError(kind)


def _split_pairs(items):
    return [tuple(x.split(":")) for x in items]


def make_person(lang: str, rng: random.Random, gender: str | None = None, category: str | None = None,
                family_of: Person | None = None) -> Person:
    N = NAMES[lang]
    gender = gender or rng.choice("mf")
    if family_of is not None:
        category = family_of.src if family_of.src != "rare" else "common"
    category = category or rng.choices(["common", "rare", "elsewhere", "wordlike"], [0.42, 0.22, 0.2, 0.16])[0]
    first_src = last_src = category
    if category == "elsewhere":
        pool = [p for p in _split_pairs(N["elsewhere"]) if p[0] == gender] or _split_pairs(N["elsewhere"])
        g, first, last = rng.choice(pool)
        gender = g
    elif category == "rare":
        region, ms, fs, lasts = rng.choice(N["rare"])
        mode = rng.random()
        first = rng.choice(ms if gender == "m" else fs) if mode < 0.7 else rng.choice(N[gender])
        last = rng.choice(lasts) if mode > 0.25 else rng.choice(N["last"])
        first_src = "rare" if mode < 0.7 else "common"
        last_src = "rare" if mode > 0.25 else "common"
        if lang == "es" and region == "catalan" and " " not in last and rng.random() < 0.5:
            last = last + " i " + rng.choice([x for x in lasts if x != last])
    elif category == "wordlike":
        last = rng.choice(N["wlast"])
        if rng.random() < 0.4:
            first = rng.choice(N["wm" if gender == "m" else "wf"])
            first_src = "wordlike"
        else:
            first = rng.choice(N[gender])
            first_src = "common"
    else:
        first, last = rng.choice(N[gender]), rng.choice(N["last"])
    if family_of is not None:
        first = rng.choice(N[gender]) if category != "elsewhere" else first
        if category == "elsewhere":
            pool = [p for p in _split_pairs(N["elsewhere"]) if p[0] == gender and p[2] != family_of.last]
            first = rng.choice(pool)[1] if pool else family_of.first
        first_src = "common" if category in ("common", "rare") else category
        if first == family_of.first:
            first = rng.choice([x for x in N[gender] if x != family_of.first])
            first_src = "common"
        last = family_of.last
        if lang == "es" and " " in family_of.last and category != "elsewhere":
            last = family_of.last.split(" ")[0] + " " + rng.choice(N["last"])
        last_src = family_of.last_src
    # Spanish double surnames
    if lang == "es" and family_of is None and category != "elsewhere" and " " not in last and rng.random() < 0.85:
        last = last + " " + rng.choice(N["last"])
    # hyphenated married names
    if family_of is None and category == "common" and gender == "f" and "-" not in last and rng.random() < {"pl": 0.18, "de": 0.08, "fr": 0.06, "en": 0.05}.get(lang, 0):
        last = last + "-" + rng.choice(N["last"])
    src = category
    if category == "rare" and first_src == "common" and last_src == "common":
        src = "common"
    return Person(lang, gender, first, last, src, first_src, last_src)


def other_lang_person(lang: str, rng: random.Random, gender=None) -> Person:
    """A person whose name comes from another EU country's common names (label: elsewhere)."""
    other = rng.choice([x for x in LANGS if x not in (lang, "pl")])
    N = NAMES[other]
    gender = gender or rng.choice("mf")
    return Person("xx", gender, rng.choice(N[gender]), rng.choice(N["last"]), "elsewhere", "elsewhere", "elsewhere")


# =====================================================================================
# Personal identifiers (all generated valid)
# =====================================================================================

def digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


PHONE_PATTERNS = {  # national significant number patterns: list of (prefixes, random digits to add)
    "GB": [(["74", "75", "77", "78", "79"], 8), (["207", "208"], 7), (["161", "113", "117", "131", "141"], 7)],
    "IE": [(["83", "85", "86", "87", "89"], 7), (["1"], 7), (["21", "91", "61"], 7)],
    "FR": [(["6", "7"], 8), (["1", "2", "3", "4", "5"], 8)],
    "DE": [(["151", "152", "157", "160", "170", "171", "172", "176", "177", "179"], 8), (["30", "40", "69"], 8), (["89", "221", "711"], 7)],
    "AT": [(["664", "676", "650", "660", "699"], 7), (["1"], 7), (["316", "512", "662"], 6)],
    "ES": [(["6"], 8), (["71", "72", "73"], 7), (["91", "93", "96", "95"], 7)],
    "IT": [(["32", "33", "34", "35", "36", "38", "39"], 8), (["06", "02"], 8), (["011", "055", "081"], 7)],
    "NL": [(["61", "62", "63", "64", "65"], 7), (["20", "10", "30", "50"], 7)],
    "BE": [(["47", "48", "49"], 7), (["2", "9", "3"], 7)],
    "LU": [(["621", "661", "691"], 6)],
    "PL": [(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 7), (["22", "12", "61", "71", "58"], 7)],
    "PT": [(["91", "92", "93", "96"], 7), (["21", "22"], 7)],
    "SE": [(["70", "72", "73", "76"], 7), (["8"], 7)],
    "DK": [(["2", "3", "4", "5"], 7)],
}
PHONE_COUNTRIES = {
    "en": (["GB", "IE", "SE", "DK", "NL", "DE", "PT"], [40, 38, 6, 5, 4, 4, 3]),
    "fr": (["FR", "BE", "LU", "DE", "ES", "PT"], [72, 17, 5, 2, 2, 2]),
    "de": (["DE", "AT", "LU", "PL", "IT"], [68, 24, 3, 3, 2]),
    "es": (["ES", "PT", "FR", "IT"], [88, 6, 3, 3]),
    "it": (["IT", "FR", "DE", "ES"], [92, 3, 3, 2]),
    "nl": (["NL", "BE", "DE"], [70, 26, 4]),
    "pl": (["PL", "DE", "GB", "NL"], [90, 5, 3, 2]),
}


def gen_phone(rng, region: str, mobile_only=False) -> phonenumbers.PhoneNumber:
    pats = PHONE_PATTERNS[region][:1] if mobile_only else PHONE_PATTERNS[region]
    for _ in range(500):
        prefixes, n = rng.choices(pats, [3] + [1] * (len(pats) - 1))[0]
        nsn = rng.choice(prefixes) + digits(rng, n)
        try:
            num = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(region), nsn), None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    raise RuntimeError("no valid phone for " + region)


def fmt_phone(rng, num, region: str) -> str:
    PNF = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    cands = [nat, nat, intl, intl, phonenumbers.format_number(num, PNF.E164)]
    flat = re.sub(r"\D", "", nat)
    if " " in nat:
        area, rest = nat.split(" ", 1)
        cands += [area + "/" + rest.replace(" ", ""), area + "-" + rest.replace(" ", "")] if region in ("DE", "AT", "NL") else []
    if region == "FR":
        cands += [".".join(flat[i:i + 2] for i in range(0, 10, 2)), flat]
    if region in ("PL",):
        cands += [flat[:3] + "-" + flat[3:6] + "-" + flat[6:], flat]
    if region in ("IT", "ES"):
        cands += [flat]
    if region in ("DE", "AT", "NL", "GB", "BE"):
        cc = str(num.country_code)
        nsn = phonenumbers.national_significant_number(num)
        cands += ["+" + cc + " (0)" + intl.split(" ", 1)[1], "00" + cc + " " + intl.split(" ", 1)[1]]
    return rng.choice(cands)


def phone_ok(s: str, region: str, e164: str) -> bool:
    try:
        n = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n) and phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) == e164


IBAN_COUNTRIES = {
    "en": (["IE", "GB", "DE", "NL", "ES"], [50, 35, 5, 5, 5]), "fr": (["FR", "BE", "LU", "PT"], [72, 18, 6, 4]),
    "de": (["DE", "AT", "LU", "NL"], [70, 24, 3, 3]), "es": (["ES", "PT", "FR"], [88, 8, 4]),
    "it": (["IT", "DE", "FR"], [92, 4, 4]), "nl": (["NL", "BE", "DE"], [70, 26, 4]), "pl": (["PL", "DE", "GB"], [90, 6, 4]),
}


def gen_iban(rng, cc: str) -> str:
    for _ in range(2000):
        if cc == "DE":
            bban = rng.choice(["10050000", "20050550", "37040044", "50010517", "70150000", "43060967", "12030000"]) + digits(rng, 10)
        elif cc == "AT":
            bban = rng.choice(["20111", "12000", "32000", "14000", "60000"]) + digits(rng, 11)
        elif cc == "FR":
            bank, branch, acct = rng.choice(["30003", "30004", "30002", "20041", "10278", "30066"]), digits(rng, 5), digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = bank + branch + acct + "%02d" % key
        elif cc == "BE":
            first = rng.choice(["001", "063", "068", "310", "363", "734", "735", "001", "000", "143", "751"]) + digits(rng, 7)
            chk = int(first) % 97 or 97
            bban = first + "%02d" % chk
        elif cc == "ES":
            from stdnum.es import ccc
            bank, office, acct = rng.choice(["2100", "0049", "0182", "2085", "0081", "1465", "0128"]), digits(rng, 4), digits(rng, 10)
            bban = bank + office + ccc.calc_check_digits(bank + office + "00" + acct) + acct
        elif cc == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + rng.choice(["03069", "02008", "05034", "01030", "03062"]) + digits(rng, 5) + digits(rng, 12)
        elif cc == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + digits(rng, 10)
        elif cc == "PL":
            bban = rng.choice(["10500", "11402", "10201", "12400", "24900", "10901"]) + digits(rng, 19)
        elif cc == "PT":
            first = rng.choice(["0035", "0033", "0007", "0010", "0036"]) + digits(rng, 15)
            bban = first + "%02d" % (98 - (int(first) * 100) % 97)
        elif cc == "IE":
            bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rng.choice(["93", "90", "99"]) + digits(rng, 4) + digits(rng, 8)
        elif cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(rng, 14)
        elif cc == "LU":
            bban = rng.choice(["001", "002", "014", "019"]) + digits(rng, 13)
        else:
            raise KeyError(cc)
        number = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(number):
            return number
    raise RuntimeError("iban " + cc)


def fmt_iban(rng, number: str) -> str:
    return rng.choice([std_iban.format(number), std_iban.format(number), number])


def gen_card(rng) -> str:
    brand = rng.choices(["visa", "mc", "mc2", "amex", "maestro", "disc"], [40, 28, 6, 12, 8, 6])[0]
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = "5" + rng.choice("12345") + digits(rng, 13)
    elif brand == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif brand == "amex":
        body = "3" + rng.choice("47") + digits(rng, 12)
    elif brand == "maestro":
        body = rng.choice(["6759", "5018", "6304"]) + digits(rng, 11)
    else:
        body = "6011" + digits(rng, 11)
    num = body + luhn.calc_check_digit(body)
    sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


MAIL_DOMAINS = {
    "en": L("gmail.com, outlook.com, hotmail.co.uk, yahoo.co.uk, btinternet.com, eircom.net, icloud.com, live.ie, sky.com"),
    "fr": L("orange.fr, free.fr, laposte.net, sfr.fr, gmail.com, hotmail.fr, wanadoo.fr, yahoo.fr, skynet.be"),
    "de": L("gmx.de, web.de, t-online.de, gmail.com, gmx.at, aon.at, posteo.de, outlook.de, mailbox.org"),
    "es": L("gmail.com, hotmail.es, yahoo.es, telefonica.net, outlook.es, hotmail.com"),
    "it": L("libero.it, gmail.com, virgilio.it, alice.it, tiscali.it, hotmail.it, yahoo.it"),
    "nl": L("ziggo.nl, kpnmail.nl, gmail.com, hotmail.nl, telenet.be, skynet.be, planet.nl, outlook.com, xs4all.nl"),
    "pl": L("wp.pl, o2.pl, onet.pl, interia.pl, gmail.com, op.pl, poczta.fm, vp.pl"),
}


def gen_email(rng, p: Person, lang: str, domain: str | None = None) -> str:
    f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower().split(" ")[0]) or "x"
    l_ = re.sub(r"[^a-z]", "", ascii_fold(pl_gendered_last(p.last, p.gender) if lang == "pl" else p.last).lower()) or "x"
    yy = str(rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1, 30)).zfill(2)
    pats = [f + "." + l_, f + l_, f[0] + "." + l_, f[0] + l_, f + "_" + l_, f + "." + l_ + yy, l_ + "." + f, f + yy, l_ + f[0] + yy]
    if domain is None:
        pats += [rng.choice(L("sunflower, bluebird, tigre, dragon, zeemeeuw, kotek, gattina, luna, nordlicht, sole, stella, wolke")) + yy + "_" + f[0]]
    local = rng.choice(pats if domain is None else pats[:5])
    return local + "@" + (domain or rng.choice(MAIL_DOMAINS[lang]))


def gen_ipv4(rng) -> str:
    a = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217])
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def gen_ipv6(rng) -> str:
    groups = [rng.choice(["2a02", "2a01", "2001", "2a00", "2003", "2a0a"]), "%x" % rng.randint(0x100, 0xffff)]
    groups += ["%x" % rng.randint(0, 0xffff) for _ in range(6)]
    s = ":".join(groups)
    if rng.random() < 0.5:
        s = str(ipaddress.IPv6Address(s))  # compressed form
    return s


# --- national ids --------------------------------------------------------------------------

def birth_of(rng, p: Person) -> datetime.date:
    if p.birth is None:
        p.birth = datetime.date(rng.randint(1949, 2004), 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    return p.birth


def gen_de_idnr(rng) -> str:
    while True:
        ds = rng.sample("0123456789", 9)
        ds.append(rng.choice(ds))
        rng.shuffle(ds)
        if ds[0] == "0":
            continue
        n = "".join(ds)
        n += mod_11_10.calc_check_digit(n)
        if de_idnr.is_valid(n):
            return n


def gen_fr_nir(rng, p) -> str:
    b = birth_of(rng, p)
    dept = "%02d" % rng.choice([1, 6, 13, 14, 29, 31, 33, 35, 38, 44, 59, 62, 67, 69, 75, 76, 77, 78, 91, 92, 93, 94, 95, 99])
    head = ("1" if p.gender == "m" else "2") + b.strftime("%y%m") + dept + "%03d" % rng.randint(1, 500) + "%03d" % rng.randint(1, 999)
    return head + "%02d" % (97 - int(head) % 97)


def gen_nl_bsn(rng) -> str:
    while True:
        n = str(rng.randint(1, 6)) + digits(rng, 8)
        if nl_bsn.is_valid(n):
            return n


def gen_pesel(rng, p) -> str:
    b = birth_of(rng, p)
    mm = b.month + (20 if b.year >= 2000 else 0)
    sex = rng.choice("13579" if p.gender == "m" else "02468")
    head = b.strftime("%y") + "%02d" % mm + "%02d" % b.day + digits(rng, 3) + sex
    return head + pl_pesel.calc_check_digit(head)


def gen_se_pn(rng, p) -> str:
    b = birth_of(rng, p)
    serial = digits(rng, 2) + rng.choice("13579" if p.gender == "m" else "02468")
    head = b.strftime("%y%m%d") + serial
    return b.strftime("%Y")[:2] + head + luhn.calc_check_digit(head)  # 12 digits, century included


def gen_be_nn(rng, p) -> str:
    b = birth_of(rng, p)
    cnt = rng.randint(1, 498) * 2 + (1 if p.gender == "m" else 0)
    cnt = min(cnt, 997)
    head = b.strftime("%y%m%d") + "%03d" % cnt
    base = int(("2" + head) if b.year >= 2000 else head)
    return head + "%02d" % (97 - base % 97)


def gen_dk_cpr(rng, p) -> str:
    while True:
        b = birth_of(rng, p)
        if b.year >= 2000:
            p.birth = b.replace(year=rng.randint(1950, 1999))
            continue
        seq = rng.choice("0123") + digits(rng, 2) + rng.choice("13579" if p.gender == "m" else "02468")
        n = b.strftime("%d%m%y") + seq
        if dk_cpr.checksum(n) == 0 and dk_cpr.is_valid(n):
            return n


def gen_at_vnr(rng, p) -> str:
    b = birth_of(rng, p)
    while True:
        serial = str(rng.randint(1, 9)) + digits(rng, 2)
        base = serial + "0" + b.strftime("%d%m%y")
        c = at_vnr.calc_check_digit(base)
        if len(c) == 1:
            n = serial + c + b.strftime("%d%m%y")
            if at_vnr.is_valid(n):
                return n


def gen_pt_nif(rng) -> str:
    head = rng.choice("123") + digits(rng, 7)
    return head + pt_nif.calc_check_digit(head)


def gen_ie_pps(rng) -> str:
    head = digits(rng, 7)
    if rng.random() < 0.3:
        return head + ie_vat.calc_check_digit(head + "A") + "A"
    return head + ie_vat.calc_check_digit(head)


def gen_es_dni(rng) -> str:
    head = "%08d" % rng.randint(1000000, 79999999)
    return head + es_dni.calc_check_digit(head)


def gen_es_nie(rng) -> str:
    head = rng.choice("XYZ") + digits(rng, 7)
    return head + es_nie.calc_check_digit(head)


CF_MONTHS = "ABCDEHLMPRST"
CF_PLACES_IT = ["H501", "F205", "F839", "L219", "G273", "D969", "A944", "D612", "L736", "A662", "C351", "L781", "G224", "B354", "A271", "E506", "B157", "G702"]
CF_PLACES_ABROAD = ["Z129", "Z100", "Z330", "Z210", "Z216", "Z222", "Z343", "Z138", "Z336", "Z249", "Z140"]


def gen_it_cf(rng, p) -> str:
    def letters(s):
        return re.sub(r"[^A-Z]", "", ascii_fold(s).upper())

    def part(s, is_first):
        cons = [c for c in s if c not in "AEIOU"]
        vows = [c for c in s if c in "AEIOU"]
        if is_first and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join((cons + vows + ["X"] * 3)[:3])

    b = birth_of(rng, p)
    day = b.day + (40 if p.gender == "f" else 0)
    place = rng.choice(CF_PLACES_ABROAD if p.src == "elsewhere" else CF_PLACES_IT)
    head = part(letters(p.last), False) + part(letters(p.first), True) + b.strftime("%y") + CF_MONTHS[b.month - 1] + "%02d" % day + place
    return head + it_cf.calc_check_digit(head)


def fmt_nid(rng, label: str, n: str) -> str:
    if label == "DE_TAX_ID":
        return rng.choice([de_idnr.format(n), n, n])
    if label == "FR_NIR":
        return rng.choice([fr_nir.format(n), n, fr_nir.format(n)])
    if label == "NL_BSN":
        return rng.choice([n, n, n[:4] + "." + n[4:6] + "." + n[6:], n[:3] + " " + n[3:6] + " " + n[6:]])
    if label == "SE_PERSONNUMMER":
        return rng.choice([n[2:8] + "-" + n[8:], n[:8] + "-" + n[8:], n[2:8] + "-" + n[8:], n])
    if label == "BE_NATIONAL_NUMBER":
        return rng.choice([be_nn.format(n), n, n[:2] + "." + n[2:4] + "." + n[4:6] + "-" + n[6:9] + " " + n[9:]])
    if label == "DK_CPR":
        return rng.choice([n[:6] + "-" + n[6:], n[:6] + "-" + n[6:], n])
    if label == "AT_SSN":
        return rng.choice([n[:4] + " " + n[4:], n, n[:4] + " " + n[4:6] + n[6:8] + n[8:]])
    if label == "PT_NIF":
        return rng.choice([n, n[:3] + " " + n[3:6] + " " + n[6:]])
    if label == "IE_PPSN":
        return rng.choice([n, n, n[:7] + " " + n[7:]])
    if label == "ES_NIF":
        return rng.choice([n, n, n[:8] + "-" + n[8:]])
    if label == "ES_NIE":
        return rng.choice([n, n, n[0] + "-" + n[1:8] + "-" + n[8:]])
    return n


NID_VALID = {
    "DE_TAX_ID": de_idnr.is_valid, "FR_NIR": fr_nir.is_valid, "NL_BSN": nl_bsn.is_valid, "PL_PESEL": pl_pesel.is_valid,
    "SE_PERSONNUMMER": se_pn.is_valid, "BE_NATIONAL_NUMBER": be_nn.is_valid, "DK_CPR": dk_cpr.is_valid,
    "AT_SSN": at_vnr.is_valid, "PT_NIF": pt_nif.is_valid, "IE_PPSN": ie_pps.is_valid,
    "ES_NIF": lambda s: es_nif.is_valid(s) and s[0].isdigit(), "ES_NIE": es_nie.is_valid,
    "IT_FISCAL_CODE": lambda s: it_cf.is_valid(s) and len(it_cf.compact(s)) == 16,
}
NID_CHOICE = {
    "en": (["IE_PPSN", "SE_PERSONNUMMER", "DK_CPR", "PT_NIF"], [34, 25, 25, 16]),
    "fr": (["FR_NIR", "BE_NATIONAL_NUMBER", "PT_NIF"], [64, 30, 6]),
    "de": (["DE_TAX_ID", "AT_SSN"], [55, 45]),
    "es": (["ES", "PT_NIF"], [88, 12]),
    "it": (["IT_FISCAL_CODE"], [1]),
    "nl": (["NL_BSN", "BE_NATIONAL_NUMBER"], [64, 36]),
    "pl": (["PL_PESEL", "DE_TAX_ID"], [93, 7]),
}
NID_NAMES = {
    ("en", "IE_PPSN"): L("PPS number, PPSN, PPS No."), ("en", "SE_PERSONNUMMER"): L("personnummer, Swedish personal identity number"),
    ("en", "DK_CPR"): L("CPR number, CPR no."), ("en", "PT_NIF"): L("NIF, Portuguese tax number (NIF)"),
    ("fr", "FR_NIR"): L("numéro de sécurité sociale, NIR, n° de sécu"), ("fr", "BE_NATIONAL_NUMBER"): L("numéro de registre national, NISS, numéro national"),
    ("fr", "PT_NIF"): L("NIF portugais"),
    ("de", "DE_TAX_ID"): L("Steuer-ID, Steueridentifikationsnummer, steuerliche Identifikationsnummer, IdNr."),
    ("de", "AT_SSN"): L("Sozialversicherungsnummer, SV-Nummer, VSNR"),
    ("es", "ES_NIF"): L("DNI, NIF, DNI"), ("es", "ES_NIE"): L("NIE"), ("es", "PT_NIF"): L("NIF portugués"),
    ("it", "IT_FISCAL_CODE"): L("codice fiscale, C.F., cod. fiscale"),
    ("nl", "NL_BSN"): L("BSN, burgerservicenummer, BSN-nummer"), ("nl", "BE_NATIONAL_NUMBER"): L("rijksregisternummer, INSZ-nummer"),
    ("pl", "PL_PESEL"): L("PESEL, nr PESEL, numer PESEL"), ("pl", "DE_TAX_ID"): L("niemiecki numer podatkowy (Steuer-ID)"),
}


def gen_nid(rng, label: str, p: Person) -> str:
    return {
        "DE_TAX_ID": lambda: gen_de_idnr(rng), "FR_NIR": lambda: gen_fr_nir(rng, p), "NL_BSN": lambda: gen_nl_bsn(rng),
        "PL_PESEL": lambda: gen_pesel(rng, p), "SE_PERSONNUMMER": lambda: gen_se_pn(rng, p), "BE_NATIONAL_NUMBER": lambda: gen_be_nn(rng, p),
        "DK_CPR": lambda: gen_dk_cpr(rng, p), "AT_SSN": lambda: gen_at_vnr(rng, p), "PT_NIF": lambda: gen_pt_nif(rng),
        "IE_PPSN": lambda: gen_ie_pps(rng), "ES_NIF": lambda: gen_es_dni(rng), "ES_NIE": lambda: gen_es_nie(rng),
        "IT_FISCAL_CODE": lambda: gen_it_cf(rng, p),
    }[label]()


# --- VAT numbers of sole traders ---------------------------------------------------------
VAT_COUNTRIES = {"en": (["IE", "SE", "DK", "NL"], [60, 15, 10, 15]), "fr": (["FR", "BE", "LU"], [70, 22, 8]),
                 "de": (["DE", "AT"], [68, 32]), "es": (["ES", "PT"], [88, 12]), "it": (["IT"], [1]),
                 "nl": (["NL", "BE"], [70, 30]), "pl": (["PL"], [1])}


def gen_vat(rng, cc: str) -> str:
    for _ in range(5000):
        if cc == "DE":
            h = str(rng.randint(1, 9)) + digits(rng, 7)
            n = "DE" + h + mod_11_10.calc_check_digit(h)
        elif cc == "AT":
            n = "ATU" + digits(rng, 8)
        elif cc == "FR":
            h = str(rng.randint(3, 9)) + digits(rng, 7)
            siren = h + luhn.calc_check_digit(h)
            n = "FR" + "%02d" % ((12 + 3 * (int(siren) % 97)) % 97) + siren
        elif cc == "IT":
            n = "IT" + digits(rng, 7) + "%03d" % rng.randint(1, 100) + digits(rng, 1)
        elif cc == "ES":
            n = "ES" + gen_es_dni(rng)
        elif cc == "NL":
            n = "NL" + gen_nl_bsn(rng) + "B0" + str(rng.randint(1, 3))
        elif cc == "BE":
            h = rng.choice("01") + str(rng.randint(2, 9)) + digits(rng, 6)
            n = "BE" + h + "%02d" % (97 - int(h) % 97)
        elif cc == "PL":
            n = "PL" + str(rng.randint(1, 9)) + digits(rng, 9)
        elif cc == "PT":
            n = "PT" + gen_pt_nif(rng)
        elif cc == "IE":
            h = digits(rng, 7)
            n = "IE" + h + ie_vat.calc_check_digit(h)
        elif cc == "LU":
            h = str(rng.randint(1, 9)) + digits(rng, 5)
            n = "LU" + h + "%02d" % (int(h) % 89)
        elif cc == "SE":
            h = digits(rng, 9)
            n = "SE" + h + luhn.calc_check_digit(h) + "01"
        elif cc == "DK":
            n = "DK" + str(rng.randint(1, 9)) + digits(rng, 7)
        else:
            raise KeyError(cc)
        if eu_vat.is_valid(n):
            return n
    raise RuntimeError("vat " + cc)


def fmt_vat(rng, n: str) -> str:
    cc, b = n[:2], n[2:]
    alts = [n, n] + ([cc + " " + b] if cc != "AT" else [])
    if cc == "DE":
        alts.append("DE " + b[:3] + " " + b[3:6] + " " + b[6:])
    if cc == "FR":
        alts.append("FR " + b[:2] + " " + b[2:5] + " " + b[5:8] + " " + b[8:])
    if cc == "BE":
        alts.append("BE " + b[:4] + "." + b[4:7] + "." + b[7:])
    if cc == "NL":
        alts.append("NL" + b[:4] + "." + b[4:6] + "." + b[6:9] + "." + b[9:])
    if cc == "PL":
        alts.append("PL " + b[:3] + "-" + b[3:6] + "-" + b[6:8] + "-" + b[8:])
    if cc == "AT":
        alts.append("ATU " + b[1:])
    if cc == "PT":
        alts.append("PT " + b[:3] + " " + b[3:6] + " " + b[6:])
    if cc == "DK":
        alts.append("DK " + " ".join(b[i:i + 2] for i in range(0, 8, 2)))
    for _ in range(10):
        s = rng.choice(alts)
        if eu_vat.is_valid(s):
            return s
    return n


# =====================================================================================
# Non-personal fillers (hard negatives and context)
# =====================================================================================
MONTHS = {
    "en": L("January, February, March, April, May, June, July, August, September, October, November, December"),
    "fr": L("janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre"),
    "de": L("Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember"),
    "es": L("enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre"),
    "it": L("gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre"),
    "nl": L("januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december"),
    "pl": L("stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada, grudnia"),
}


def fmt_date(rng, lang: str, d: datetime.date | None = None) -> str:
    d = d or datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 900))
    m = MONTHS[lang][d.month - 1]
    opts = {
        "en": [f"{d.day} {m} {d.year}", d.strftime("%d/%m/%Y"), f"{m} {d.day}, {d.year}"],
        "fr": [f"{d.day} {m} {d.year}", d.strftime("%d/%m/%Y")],
        "de": [f"{d.day}. {m} {d.year}", d.strftime("%d.%m.%Y")],
        "es": [f"{d.day} de {m} de {d.year}", d.strftime("%d/%m/%Y")],
        "it": [f"{d.day} {m} {d.year}", d.strftime("%d/%m/%Y")],
        "nl": [f"{d.day} {m} {d.year}", d.strftime("%d-%m-%Y")],
        "pl": [f"{d.day} {m} {d.year} r.", d.strftime("%d.%m.%Y")],
    }[lang]
    return rng.choice(opts)


def fmt_amount(rng, lang: str) -> str:
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 990), rng.randint(1000, 9000)]) + rng.choice([0, 0.5, 0.99, 0.2, 0.75])
    whole, cents = int(v), "%02d" % round((v - int(v)) * 100)
    th = lambda sep: f"{whole:,}".replace(",", sep)  # noqa: E731
    return {
        "en": rng.choice([f"£{th(',')}.{cents}", f"€{th(',')}.{cents}"]),
        "fr": f"{th(' ')},{cents} €", "de": rng.choice([f"{th('.')},{cents} €", f"EUR {th('.')},{cents}"]),
        "es": f"{th('.')},{cents} €", "it": f"€ {th('.')},{cents}", "nl": f"€ {th('.')},{cents}",
        "pl": f"{th(' ')},{cents} zł",
    }[lang]


def _pat(rng, p: str) -> str:
    out = []
    for c in p:
        out.append(rng.choice("0123456789") if c == "9" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c)
    return "".join(out)


def gen_isbn(rng) -> str:
    head = rng.choice(["97830", "97828", "97884", "97888", "97890", "97883", "97818", "97819"]) + digits(rng, 7)
    n = head + std_isbn.calc_check_digit(head)
    return std_isbn.format(n)


GENERIC = {
    "ORDER": lambda r: _pat(r, r.choice(["AA-999999", "999-9999999-9999", "ORD-2024-99999", "#9999999", "W99999999", "AA9999999"])),
    "TICKET": lambda r: _pat(r, r.choice(["99999", "INC0099999", "SR-2024-9999", "TCK-999999", "AAA-9999", "CS-99999"])),
    "INVOICE": lambda r: _pat(r, r.choice(["F2024-9999", "RE-2024-9999", "2024/99999", "INV-999999", "FAC-2024-999", "A-99999"])),
    "REF": lambda r: _pat(r, r.choice(["REF-A99999", "AA999999", "99-AA-9999", "DOS-2024-9999", "9999/AA/24"])),
    "POLICY": lambda r: _pat(r, r.choice(["AA-9999999", "POL-9999-9999", "999.999.999-A", "AA99999999A", "9999999/99"])),
    "CUSTNO": lambda r: _pat(r, r.choice(["K-9999999", "9999 9999 99", "CL99999", "AA-999-999", "999999-A"])),
    "TRACKING": lambda r: _pat(r, r.choice(["1Z999AA99999999999", "JJD0009999999999", "AA999999999FR", "3SAAAA9999999",
                                           "AA999999999PL", "00340434999999999999", "AA999999999DE"])),
    "VERSION": lambda r: r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
                                   f"10.0.{r.randint(19041, 22631)}.{r.randint(1000, 4000)}", f"iOS 17.{r.randint(0, 6)}.{r.randint(0, 2)}",
                                   f"Android {r.randint(12, 15)}", f"2.{r.randint(1, 9)}.{r.randint(10, 40)}.{r.randint(100, 999)}"]),
    "MASKED": lambda r: _pat(r, r.choice(["**** **** **** 9999", "XXXX XXXX XXXX 9999", "•••• 9999", "************9999", "XXXX-9999"])),
    "ISBN": gen_isbn,
    "TIME": lambda r: "%02d:%02d" % (r.randint(7, 21), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])),
    "YEAR": lambda r: str(r.randint(2015, 2023)),
    "N1": lambda r: str(r.randint(1, 9)), "N2": lambda r: str(r.randint(10, 99)), "N3": lambda r: str(r.randint(100, 999)),
    "N4": lambda r: str(r.randint(1000, 9999)), "N5": lambda r: str(r.randint(10000, 99999)), "N6": lambda r: str(r.randint(100000, 999999)),
    "PCT": lambda r: str(r.randint(2, 9)),
}

POOLS = {  # per-language hand-written pools; tuple entries carry inflected variants ({KEY.1})
    "en": {
        "CITY": L("London, Manchester, Leeds, Bristol, Cardiff, Glasgow, Edinburgh, Belfast, Dublin, Cork, Galway, Limerick, Birmingham, Sheffield, Norwich, Brighton, Swansea, Aberdeen, Nottingham, York"),
        "COMPANY": L("Northfield Utilities Ltd, Bluewater Telecom, Harbour Insurance plc, Greenline Energy, Kestrel Logistics Ltd, Summit Broadband, Oakridge Property Management, Brightwave Mobile, Castlegate Housing Association, Meridian Bank, Lakeside Leisure Centre"),
        "PCOMPANY": L("Jenkins & Sons Plumbing, Harrison Removals Ltd, Patel's Pharmacy, O'Neill's Bar, J. Murphy & Sons, Walker Brothers Garage, Kelly's Bakery, Marks & Spencer, Sainsbury's, Boots, Dyson, Cadbury, Morrisons, Whitmore & Lane Solicitors, Bewley's Café"),
        "STREET": L("Nelson Street, Victoria Road, Churchill Way, Wellington Road, Gladstone Terrace, O'Connell Street, Parnell Square, Shakespeare Avenue, Brunel Close, Darwin Drive, Pearse Street, Dickens Lane, Cromwell Road"),
        "HOSPITAL": L("St Thomas' Hospital, the John Radcliffe Hospital, St James's Hospital, the Mater Misericordiae University Hospital, Addenbrooke's Hospital, the Royal Victoria Infirmary, Beaumont Hospital, Alder Hey Children's Hospital, the Florence Nightingale Hospice"),
        "SCHOOL": L("St Patrick's National School, Elizabeth Garrett Anderson School, Sir John Cass's Foundation Primary, Newton Park Primary, Queen Elizabeth's Grammar School, St Brigid's Primary, Ashfield Academy, Little Acorns Nursery, Scoil Mhuire"),
        "PRODUCT": L("iPhone 14, Samsung Galaxy S23, Dyson V11, Ford Fiesta, Kindle Paperwhite, Nintendo Switch, Hotpoint washing machine, Bosch dishwasher, Vauxhall Corsa, Ninja air fryer, Hoover vacuum"),
        "BANK": L("Barclays, AIB, Bank of Ireland, Monzo, Revolut, Nationwide, Lloyds"),
        "POSTCODE": L("M14 5RT, LS6 3HG, BS1 4DJ, CF10 1EP, G12 8QQ, D02 X285, T12 R2NC, EH8 9YL"),
    },
    "fr": {
        "CITY": L("Paris, Lyon, Marseille, Toulouse, Nantes, Lille, Bordeaux, Strasbourg, Rennes, Montpellier, Nice, Grenoble, Dijon, Tours, Brest, Metz, Rouen, Bruxelles, Liège, Namur, Luxembourg"),
        "COMPANY": L("Électricité Rhône-Alpes, Mutuelle Horizon Santé, Immobilière des Trois Vallées, Transports Garonne Express, Fibre Atlantique, Crédit Régional de l'Ouest, Syndic Belle-Île Gestion, Assurances du Littoral, Télécom Azur"),
        "PCOMPANY": L("Boulangerie Martin, Garage Dubois & Fils, Pharmacie Lefèvre, Peugeot, Michelin, Citroën, Lacoste, Yves Rocher, Chez Paulette, Ets Moreau Frères, Cabinet Girard Immobilier, Maison Bernard Traiteur, Leclerc, Fromagerie Perrin"),
        "STREET": L("rue Victor-Hugo, avenue Jean-Jaurès, boulevard Gambetta, place Charles-de-Gaulle, rue Émile-Zola, rue Pasteur, quai Voltaire, allée Simone-Veil, avenue Foch, rue Jean-Moulin, boulevard Anspach, rue Marie-Curie"),
        "HOSPITAL": L("l'hôpital Georges-Pompidou, le CHU Pellegrin, l'hôpital Necker-Enfants malades, la clinique Pasteur, l'hôpital Édouard-Herriot, la Pitié-Salpêtrière, l'hôpital Saint-Louis, le centre hospitalier Jean-Verdier, l'hôpital Erasme"),
        "SCHOOL": L("l'école Jules-Ferry, le collège Jean-Moulin, le lycée Victor-Duruy, l'école maternelle Louise-Michel, le groupe scolaire Marie-Curie, la crèche Françoise-Dolto, l'école Condorcet"),
        "PRODUCT": L("Renault Clio, Peugeot 208, iPhone 13, Thermomix TM6, Livebox, Freebox, lave-linge Brandt, Dyson V8, Galaxy A54, trottinette Xiaomi"),
        "BANK": L("Crédit Agricole, BNP Paribas, Société Générale, La Banque Postale, Belfius, Boursorama"),
        "POSTCODE": L("75011, 69003, 13006, 31000, 44000, 59800, 33000, 67000, 1050, 4000"),
    },
    "de": {
        "CITY": L("Berlin, Hamburg, München, Köln, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig, Dresden, Hannover, Nürnberg, Bremen, Münster, Freiburg, Kiel, Rostock, Wien, Graz, Linz, Salzburg, Innsbruck"),
        "COMPANY": L("Stadtwerke Nordhafen, Rheinland Versicherung AG, Nordwind Logistik GmbH, Alpenland Energie, TeleNet Süd, Wohnungsbaugesellschaft Lindenhof eG, Hausverwaltung Elbblick GmbH, Mainufer Kreditbank"),
        "PCOMPANY": L("Müller Logistik GmbH, Bäckerei Schmidt, Autohaus Becker, Schreinerei Wolf, Elektro Hoffmann GmbH & Co. KG, Porsche, Bosch, Siemens, Dr. Oetker, Fielmann, Rossmann, Metzgerei Huber, Steuerkanzlei Schulte & Partner, Optik Fuchs"),
        "STREET": L("Goethestraße, Schillerplatz, Bismarckallee, Kaiser-Wilhelm-Ring, Friedrich-Ebert-Straße, Konrad-Adenauer-Ufer, Beethovenstraße, Mozartgasse, Karl-Marx-Allee, Sophie-Scholl-Weg, Luisenstraße, Lessingstraße"),
        "HOSPITAL": L("Robert-Bosch-Krankenhaus, St.-Josefs-Hospital, Elisabeth-Krankenhaus, Klinikum Ernst von Bergmann, Helios Klinikum Emil von Behring, Universitätsklinikum Carl Gustav Carus, Albertinen-Krankenhaus, Wilhelminenspital"),
        "SCHOOL": L("Goethe-Gymnasium, Geschwister-Scholl-Schule, Albert-Schweitzer-Grundschule, Kita Pippi Langstrumpf, Heinrich-Heine-Realschule, Kita Sonnenschein, Anne-Frank-Grundschule, Marie-Curie-Gymnasium"),
        "PRODUCT": L("VW Golf, Thermomix, Miele-Waschmaschine, iPhone 15, Bosch-Geschirrspüler, Fritzbox 7590, Dyson-Staubsauger, E-Bike von Cube"),
        "BANK": L("Sparkasse, Volksbank, Commerzbank, DKB, ING, Erste Bank, Raiffeisenbank"),
        "POSTCODE": L("10115, 20095, 80331, 50667, 60311, 70173, 04109, 1010, 8010, 5020"),
    },
    "es": {
        "CITY": L("Madrid, Barcelona, Valencia, Sevilla, Zaragoza, Málaga, Murcia, Bilbao, Alicante, Córdoba, Valladolid, Vigo, Gijón, Granada, Vitoria-Gasteiz, A Coruña, Santander, Palma, Pamplona"),
        "COMPANY": L("Eléctrica del Levante, Seguros Mediterráneo, Telecomunicaciones Iberia Sur, Inmobiliaria Las Acacias, Aguas del Norte, Gestoría Centro, Transportes Meseta"),
        "PCOMPANY": L("Panadería Martínez, Talleres Hermanos López, Calzados Fernández, Farmacia Ruiz Soler, Bodegas Torres, Chocolates Valor, Construcciones Sánchez e Hijos S.L., Frutería Rosa, Autoescuela Jiménez, Muebles Gómez"),
        "STREET": L("calle de Cervantes, avenida Blasco Ibáñez, calle Federico García Lorca, avenida Juan Carlos I, plaza de Isabel II, calle Doctor Fleming, avenida Ramón y Cajal, calle Miguel Servet, calle Santa Teresa, paseo de Colón"),
        "HOSPITAL": L("Hospital Gregorio Marañón, Hospital Universitario Ramón y Cajal, Hospital Clínico San Carlos, Hospital Universitario Virgen del Rocío, Hospital Doctor Negrín, Hospital Severo Ochoa, Hospital Marqués de Valdecilla, Hospital Miguel Servet"),
        "SCHOOL": L("CEIP Miguel Hernández, IES Isabel la Católica, Colegio Santa María, CEIP Rosalía de Castro, escuela infantil Gloria Fuertes, IES Clara Campoamor, Colegio Público Antonio Machado"),
        "PRODUCT": L("Seat Ibiza, iPhone 14, Thermomix, lavadora Balay, Xiaomi Redmi Note 12, Cupra Formentor, frigorífico Fagor"),
        "BANK": L("CaixaBank, BBVA, Banco Santander, Unicaja, Kutxabank, ING"),
        "POSTCODE": L("28013, 08007, 46002, 41004, 50001, 29015, 48001, 15003"),
    },
    "it": {
        "CITY": L("Roma, Milano, Napoli, Torino, Palermo, Genova, Bologna, Firenze, Bari, Catania, Venezia, Verona, Padova, Trieste, Brescia, Cagliari, Parma, Lecce, Bolzano, Perugia"),
        "COMPANY": L("Energia Tirrenica S.p.A., Assicurazioni Adriatica, Telecomunicazioni Padane, Immobiliare Le Querce, Acquedotto del Sannio, Trasporti Lariani, Banca del Lario"),
        "PCOMPANY": L("Ferretti & Figli S.r.l., Panificio Esposito, Ferrari, Barilla, Ferrero, Autofficina Rossi, Ottica Bianchi, Pasticceria Marchesi, Gelateria Leone, Benetton, Armani, De'Longhi, Salumeria Rinaldi"),
        "STREET": L("via Garibaldi, corso Vittorio Emanuele II, piazza Cavour, via Giuseppe Mazzini, viale Dante Alighieri, via Alessandro Manzoni, piazza Giuseppe Verdi, largo Aldo Moro, via Giovanni Falcone, corso Matteotti, via Leopardi"),
        "HOSPITAL": L("Policlinico Agostino Gemelli, Ospedale Cardarelli, Ospedale San Raffaele, Ospedale Sandro Pertini, Istituto Giannina Gaslini, Ospedale Niguarda, Policlinico Umberto I, Ospedale Maria Vittoria"),
        "SCHOOL": L("Liceo Galileo Galilei, Istituto comprensivo Leonardo da Vinci, scuola dell'infanzia Maria Montessori, Liceo classico Giulio Cesare, scuola primaria Gianni Rodari, ITIS Enrico Fermi, asilo nido Il Girasole"),
        "PRODUCT": L("Fiat Panda, Vespa, iPhone 13, lavatrice Candy, macchina da caffè De'Longhi, Alfa Romeo Giulia, Bimby"),
        "BANK": L("Intesa Sanpaolo, UniCredit, BPER, Banca Sella, Poste Italiane, Fineco"),
        "POSTCODE": L("00184, 20121, 80133, 10121, 90133, 40126, 50122, 70121"),
    },
    "nl": {
        "CITY": L("Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Groningen, Tilburg, Almere, Breda, Nijmegen, Leeuwarden, Zwolle, Maastricht, Haarlem, Arnhem, Antwerpen, Gent, Brugge, Leuven, Hasselt"),
        "COMPANY": L("Energie Noord B.V., Woonstichting De Linde, Zorgverzekeraar Polderzorg, Kabelnet Oost, Transport De Hoeksteen, Verzekeringen Het Anker N.V., Waterbedrijf Rivierenland"),
        "PCOMPANY": L("Van den Berg Installatietechniek B.V., Bakkerij Visser, Albert Heijn, Philips, Drukkerij Jansen & Zn., Schildersbedrijf De Vries, Rijwielhandel Bakker, Douwe Egberts, Verkade, Heineken, Slagerij Mulder"),
        "STREET": L("Rembrandtplein, Van Goghstraat, Johan de Wittlaan, Thorbeckeplein, Van Speijkstraat, Burgemeester de Vlugtlaan, Anne Frankstraat, Pieter Calandlaan, Frederik Hendriklaan, Keizer Karelplein, Erasmuslaan, Koningin Julianaweg"),
        "HOSPITAL": L("Antoni van Leeuwenhoek, Wilhelmina Kinderziekenhuis, Jeroen Bosch Ziekenhuis, Máxima MC, Beatrixziekenhuis, Erasmus MC, Prinses Máxima Centrum, Sophia Kinderziekenhuis"),
        "SCHOOL": L("basisschool De Regenboog, cbs Koningin Juliana, Erasmiaans Gymnasium, obs Willem-Alexander, kinderopvang Dikkertje Dap, Dr. Schaepmanschool, Anne Frankschool, Comenius College"),
        "PRODUCT": L("Gazelle-fiets, Philips Airfryer, iPhone 15, Volkswagen Polo, Senseo, Miele-wasmachine, Tesla Model 3"),
        "BANK": L("ING, Rabobank, ABN AMRO, bunq, KBC, Belfius, ASN Bank"),
        "POSTCODE": L("1012 AB, 3011 CD, 2511 EK, 3512 JE, 5611 AZ, 9711 LM, 2000, 9000"),
    },
    "pl": {
        "CITY": [("Warszawa", "Warszawie"), ("Kraków", "Krakowie"), ("Łódź", "Łodzi"), ("Wrocław", "Wrocławiu"), ("Poznań", "Poznaniu"),
                 ("Gdańsk", "Gdańsku"), ("Szczecin", "Szczecinie"), ("Lublin", "Lublinie"), ("Białystok", "Białymstoku"),
                 ("Katowice", "Katowicach"), ("Gdynia", "Gdyni"), ("Toruń", "Toruniu"), ("Rzeszów", "Rzeszowie"), ("Kielce", "Kielcach"),
                 ("Olsztyn", "Olsztynie"), ("Opole", "Opolu")],
        "COMPANY": L("Wodociągi Miejskie, Spółdzielnia Mieszkaniowa „Zacisze”, Telekomunikacja Mazowsze sp. z o.o., Towarzystwo Ubezpieczeń Bałtyk, Bank Pomorski, Energetyka Podkarpacka, Przychodnia Zdrowie"),
        "PCOMPANY": L("Piekarnia Nowak, Kowalski i Synowie sp. z o.o., Auto-Serwis Wiśniewski, Zakład Stolarski Mazur, E. Wedel, Blikle, Inglot, Ziaja, Kruk S.A., Grycan, Sklep u Zenka"),
        "STREET": L("ul. Mickiewicza, ul. Jana Pawła II, ul. Marii Skłodowskiej-Curie, pl. Kościuszki, ul. Kopernika, al. Piłsudskiego, ul. Sienkiewicza, ul. Chopina, ul. Władysława Reymonta, os. Bolesława Chrobrego, ul. Słowackiego"),
        "HOSPITAL": [("Szpital im. Mikołaja Kopernika", "Szpitalu im. Mikołaja Kopernika"),
                     ("Szpital Specjalistyczny im. Ludwika Rydygiera", "Szpitalu Specjalistycznym im. Ludwika Rydygiera"),
                     ("Szpital Bielański", "Szpitalu Bielańskim"), ("Szpital Wojewódzki im. Jana Pawła II", "Szpitalu Wojewódzkim im. Jana Pawła II"),
                     ("Uniwersyteckie Centrum Kliniczne", "Uniwersyteckim Centrum Klinicznym"),
                     ("Szpital Miejski im. Józefa Strusia", "Szpitalu Miejskim im. Józefa Strusia")],
        "SCHOOL": [("Szkoła Podstawowa nr 12 im. Marii Konopnickiej", "Szkole Podstawowej nr 12 im. Marii Konopnickiej"),
                   ("Przedszkole Miejskie nr 5 „Jarzębinka”", "Przedszkolu Miejskim nr 5 „Jarzębinka”"),
                   ("Liceum Ogólnokształcące im. Adama Mickiewicza", "Liceum Ogólnokształcącym im. Adama Mickiewicza"),
                   ("Szkoła Podstawowa im. Janusza Korczaka", "Szkole Podstawowej im. Janusza Korczaka"),
                   ("Przedszkole „Akademia Misia Uszatka”", "Przedszkolu „Akademia Misia Uszatka”")],
        "PRODUCT": L("Fiat Tipo, pralka Amica, iPhone 14, Skoda Octavia, odkurzacz Dyson, telewizor LG, Xiaomi Redmi 12"),
        "BANK": L("PKO BP, mBank, Pekao, ING Bank Śląski, Santander, Millennium"),
        "POSTCODE": L("00-950, 31-042, 90-001, 50-077, 61-701, 80-831, 70-001, 20-002"),
    },
}


# =====================================================================================
# Frames and rendering
#   ⟦a|b|c⟧          random alternative (nestable)
#   {A} {A.first} ... person mention (labelled); forms: full first last last1 init fi LF lcf UP ULAST low
#                    lfirst nick lnick; Polish case with @gen/@dat/@acc/@inst/@loc/@voc
#   {A?he:she}       gender switch (unlabelled)
#   {PHONE:A} {MOBILE:A} {EMAIL:A} {WEMAIL:A} {IBAN:A} {CARD:A} {IP:A} {IP6:A} {VAT:A} {NID:A} {NIDN:A}
#                    personal data of person A (NIDN = name of A's id type, unlabelled); optional :XX country
#   {DATE} {CITY} {COMPANY} ... fillers (same key -> same value in one document; {KEY.1} = variant)
# =====================================================================================
FRAMES: list[dict] = []


def F(lang: str, genre: str, text: str, **opts) -> None:
    import textwrap
    FRAMES.append({"lang": lang, "genre": genre, "text": textwrap.dedent(text).strip("\n"), "opts": opts})


def choose(s: str, rng) -> str:
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "⟦":
            depth, j, cuts = 1, i + 1, [i]
            while depth:
                if s[j] == "⟦":
                    depth += 1
                elif s[j] == "⟧":
                    depth -= 1
                elif s[j] == "|" and depth == 1:
                    cuts.append(j)
                j += 1
            cuts.append(j - 1)
            alts = [s[cuts[k] + 1:cuts[k + 1]] for k in range(len(cuts) - 1)]
            out.append(choose(rng.choice(alts), rng))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


TYPED = {"PHONE", "MOBILE", "EMAIL", "WEMAIL", "IBAN", "CARD", "IP", "IP6", "VAT", "NID", "NIDN"}
WORK_DOMAINS = L("brightwave-services.com, nordhafen-gruppe.de, atelier-lumiere.fr, grupo-levante.es, studio-adriatico.it, "
                 "polderzorg.nl, mazowsze-tech.pl, kestrel-logistics.co.uk, lindenhof-eg.de, trois-vallees.fr, acacias-inmo.es, "
                 "lequerce.it, dehoeksteen.nl, baltyk-ubezpieczenia.pl, oakridge-pm.ie")


class Doc:
    def __init__(self, lang: str, rng: random.Random, opts: dict):
        self.lang, self.rng, self.opts = lang, rng, opts
        self.persons: dict[str, Person] = {}
        self.cache: dict = {}
        self.pieces: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []

    def person(self, slot: str) -> Person:
        if slot not in self.persons:
            spec = self.opts.get("people", {}).get(slot, "")
            kw = {}
            for part in spec.split():
                if part in ("m", "f"):
                    kw["gender"] = part
                elif part.startswith("fam="):
                    kw["family_of"] = self.person(part[4:])
                elif part in ("common", "rare", "elsewhere", "wordlike"):
                    kw["category"] = part
            if "foreign" in spec.split() or (not kw.get("family_of") and "category" not in kw and self.lang != "pl"
                                              and "local" not in spec.split() and self.rng.random() < 0.05):
                self.persons[slot] = other_lang_person(self.lang, self.rng, kw.get("gender"))
            else:
                for _ in range(30):  # distinct first names and surnames within a document (except relatives)
                    p = make_person(self.lang, self.rng, **kw)
                    clash = any(p.first == q.first or (p.last == q.last and "family_of" not in kw)
                                or p.first in q.last.split() or q.first in p.last.split() for q in self.persons.values())
                    if not clash:
                        break
                self.persons[slot] = p
        return self.persons[slot]

    def emit(self, s: str, label: str | None = None, **info) -> None:
        if self.opts.get("_lower") and label in (None, "PERSON", "EMAIL_ADDRESS"):
            s = s.lower()
        if label is None and s.startswith(".") and self.pieces and self.pieces[-1].endswith(".") and not s.startswith(".."):
            s = s[1:]  # "S.L." / "R." followed by a sentence full stop
        if self.lang == "fr" and label == "PERSON" and s[:1].lower() in "aeiouéèêâîôy" and self.pieces:
            prev = self.pieces[-1]
            for word, elided in (("de ", "d'"), ("que ", "qu'"), ("De ", "D'")):
                if prev.endswith(word) and (len(prev) == len(word) or not prev[-len(word) - 1].isalpha()):
                    self.pieces[-1] = prev[:-len(word)] + elided
                    self.pos -= len(word) - len(elided)
                    break
        if label:
            span = {"start": self.pos, "end": self.pos + len(s), "label": label}
            span.update(info)
            self.spans.append(span)
        self.pieces.append(s)
        self.pos += len(s)

    def owned(self, kind: str, owner: str, maker):
        key = (kind, owner)
        if key not in self.cache:
            self.cache[key] = maker()
        return self.cache[key]

    def nid_label(self, owner: str, forced: str | None) -> str:
        def pick():
            if forced:
                return forced
            labels, w = NID_CHOICE[self.lang]
            lab = self.rng.choices(labels, w)[0]
            if lab == "ES":
                p = self.person(owner)
                lab = "ES_NIE" if p.src == "elsewhere" and self.rng.random() < 0.85 else "ES_NIF"
            return lab
        return self.owned("nidlabel", owner, pick)

    def typed(self, kind: str, owner: str | None, arg: str | None) -> None:
        rng, lang = self.rng, self.lang
        owner = owner or "_%d" % len(self.spans)
        if kind in ("PHONE", "MOBILE"):
            def mk():
                region = arg or rng.choices(*PHONE_COUNTRIES[lang])[0]
                return region, gen_phone(rng, region, mobile_only=(kind == "MOBILE" or rng.random() < 0.6))
            region, num = self.owned("phone" + kind, owner, mk)
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            for _ in range(20):
                s = fmt_phone(rng, num, region)
                if phone_ok(s, region, e164):
                    break
            else:
                s = e164
            self.emit(s, "PHONE_NUMBER", _check=("phone", region, e164))
        elif kind in ("EMAIL", "WEMAIL"):
            p = self.person(owner) if owner in self.persons or owner[0] != "_" else None
            if kind == "WEMAIL":
                dom = self.owned("workdomain", "_", lambda: rng.choice(WORK_DOMAINS))
                s = self.owned("wemail", owner, lambda: gen_email(rng, p, lang, dom))
            else:
                s = self.owned("email", owner, lambda: gen_email(rng, p, lang))
            self.emit(s, "EMAIL_ADDRESS", _check=("email",))
        elif kind == "IBAN":
            n = self.owned("iban", owner, lambda: gen_iban(rng, arg or rng.choices(*IBAN_COUNTRIES[lang])[0]))
            self.emit(fmt_iban(rng, n), "IBAN_CODE", _check=("iban",))
        elif kind == "CARD":
            self.emit(self.owned("card", owner, lambda: gen_card(rng)), "CREDIT_CARD", _check=("card",))
        elif kind in ("IP", "IP6"):
            self.emit(self.owned(kind, owner, lambda: gen_ipv4(rng) if kind == "IP" else gen_ipv6(rng)), "IP_ADDRESS", _check=("ip",))
        elif kind == "VAT":
            n = self.owned("vat", owner, lambda: gen_vat(rng, arg or rng.choices(*VAT_COUNTRIES[lang])[0]))
            self.emit(fmt_vat(rng, n), "EU_VAT", _check=("vat",))
        elif kind in ("NID", "NIDN"):
            cap = arg == "cap"
            label = self.nid_label(owner, None if cap else arg)
            if kind == "NIDN":
                name = self.owned("nidname", owner, lambda: rng.choice(NID_NAMES[(lang, label)]))
                self.emit(name[:1].upper() + name[1:] if cap else name)
            else:
                n = self.owned("nid", owner, lambda: gen_nid(rng, label, self.person(owner)))
                self.emit(fmt_nid(rng, label, n), label, _check=("nid", label))

    def filler(self, key: str) -> str:
        base, _, variant = key.partition(".")
        if base not in self.cache:
            kind = base if base in GENERIC else base.rstrip("0123456789")
            pool = POOLS[self.lang].get(kind)
            if kind == "TIME":  # TIME, TIME2, TIME3 ... increase within a document
                if "_t0" not in self.cache:
                    self.cache["_t0"] = (self.rng.randint(7 * 60, 19 * 60), self.rng.randint(1, 25))
                t0, inc = self.cache["_t0"]
                k = int(base[4:] or 1)
                t = t0 + (k - 1) * inc + self.rng.randint(0, inc // 2)
                self.cache[base] = "%02d:%02d" % (t // 60 % 24, t % 60)
            elif pool is not None:
                used = {v for k, v in self.cache.items() if isinstance(k, str) and k.rstrip("0123456789") == kind}
                choices = [x for x in pool if x not in used] or pool
                self.cache[base] = self.rng.choice(choices)
            elif kind.startswith("DATE"):
                # DATE anchors the document; DATEA is days before it, DATEL after it, DATE2/3 near it
                if "_d0" not in self.cache:
                    self.cache["_d0"] = datetime.date(2023, 1, 1) + datetime.timedelta(days=self.rng.randint(45, 860))
                d0 = self.cache["_d0"]
                shift = {"DATE": 0, "DATEA": -self.rng.randint(2, 30), "DATEL": self.rng.randint(3, 40)}.get(kind, self.rng.randint(-40, 40))
                self.cache[base] = fmt_date(self.rng, self.lang, d0 + datetime.timedelta(days=shift))
            elif kind == "AMOUNT":
                self.cache[base] = fmt_amount(self.rng, self.lang)
            elif kind in GENERIC:
                self.cache[base] = GENERIC[kind](self.rng)
            else:
                raise KeyError(f"unknown placeholder {key!r}")
        v = self.cache[base]
        if variant == "cap":
            v = v[0] if isinstance(v, tuple) else v
            return v[:1].upper() + v[1:]
        if isinstance(v, tuple):
            return v[int(variant) if variant else 0]
        return v

    def render(self, template: str) -> None:
        text = choose(template, self.rng)
        text = re.sub(r"[ \t]{2,}", " ", text)
        text = re.sub(r" +([,.;:!?])(?=\s|$)" if self.lang != "fr" else r" +([,.])(?=\s|$)", r"\1", text)
        text = re.sub(r"[ \t]+\n", "\n", text)
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
        pos = 0
        for m in re.finditer(r"\{([^{}]+)\}", text):
            self.emit(text[pos:m.start()])
            self.placeholder(m.group(1))
            pos = m.end()
        self.emit(text[pos:])

    def placeholder(self, ph: str) -> None:
        m = re.fullmatch(r"([A-H])\?(.*?):(.*)", ph, re.S)
        if m:
            self.emit(m.group(2) if self.person(m.group(1)).gender == "m" else m.group(3))
            return
        m = re.fullmatch(r"([A-H])(?:\.(\w+))?(?:@(\w+))?", ph)
        if m:
            p = self.person(m.group(1))
            kind, case = m.group(2) or "full", m.group(3) or "nom"
            genitive_s = kind.endswith("S") and kind not in ("LF", "UP", "ULAST")
            if genitive_s:  # German "Annas", "Thomas'": the -s / apostrophe stays outside the span
                kind = kind[:-1]
            if case != "nom" and self.lang != "pl":
                raise ValueError("case only for Polish: " + ph)
            s, src = p.form(kind, case, self.rng)
            self.emit(s, "PERSON", name_source=src, _slot=m.group(1))
            if genitive_s:
                self.emit("'" if s.endswith(("s", "ß", "x", "z")) else "s")
            return
        parts = ph.split(":")
        if parts[0] in TYPED:
            owner = parts[1] if len(parts) > 1 and parts[1] else None
            arg = parts[2] if len(parts) > 2 else None
            self.typed(parts[0], owner, arg)
            return
        self.emit(self.filler(ph))


def name_leak(text: str, spans: list[dict]) -> bool:
    """True if a labelled person's name also occurs outside every span (e.g. a namesake company)."""
    covered = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        if s["label"] != "PERSON":
            continue
        for tok in set(re.split(r"[ ,]+", text[s["start"]:s["end"]])):
            tok = tok.strip(".")
            if len(tok) < 3 or tok.lower() in ("van", "der", "den", "von", "de", "del", "la", "di"):
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    return True
    return False


def render_doc(frame: dict, lang: str, rng: random.Random) -> tuple[str, list[dict]]:
    for _ in range(50):
        opts = dict(frame["opts"])
        lower = opts.get("lower", 0)
        opts["_lower"] = rng.random() < lower if isinstance(lower, float) else bool(lower)
        d = Doc(lang, rng, opts)
        d.render(frame["text"])
        text = "".join(d.pieces)
        merged: list[dict] = []
        for sp in d.spans:  # "{A.first} {A.last}" written side by side is one mention
            prev = merged[-1] if merged else None
            if (prev and sp["label"] == "PERSON" and prev["label"] == "PERSON" and prev.get("_slot") == sp.get("_slot")
                    and text[prev["end"]:sp["start"]] == " "):
                prev["end"] = sp["end"]
                prev["name_source"] = d.persons[sp["_slot"]].src
            else:
                merged.append(sp)
        d.spans = merged
        if not name_leak(text, d.spans):
            return text, d.spans
    raise RuntimeError("could not render without name leak: " + frame["text"][:60])


# =====================================================================================
# Self-check
# =====================================================================================

def check(docs: list[dict], raw_spans: list[list[dict]]) -> None:
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    per_lang = Counter(d["lang"] for d in docs)
    assert all(per_lang[lg] == DOCS_PER_LANG for lg in LANGS), per_lang
    for d, spans in zip(docs, raw_spans):
        text = d["text"]
        last_end = -1
        for s in sorted(spans, key=lambda s: s["start"]):
            assert s["start"] >= last_end, ("overlap", d["id"], s)
            last_end = s["end"]
            assert s["label"] in ALLOWED, s
            v = text[s["start"]:s["end"]]
            assert v and v == v.strip() and v == s["_value"], (d["id"], v, s)
            kind = s.get("_check", ("person",))
            if s["label"] == "PERSON":
                assert s["name_source"] in ("common", "rare", "elsewhere", "wordlike"), s
                assert re.search(r"\w", v), v
            elif kind[0] == "phone":
                assert phone_ok(v, kind[1], kind[2]), (d["id"], v)
            elif kind[0] == "email":
                assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v), v
            elif kind[0] == "iban":
                assert std_iban.is_valid(v), v
            elif kind[0] == "card":
                dg = re.sub(r"[ -]", "", v)
                assert dg.isdigit() and 13 <= len(dg) <= 19 and luhn.is_valid(dg), v
            elif kind[0] == "ip":
                ipaddress.ip_address(v)
            elif kind[0] == "vat":
                assert eu_vat.is_valid(v), v
            elif kind[0] == "nid":
                assert NID_VALID[kind[1]](v), (kind, v)
            else:
                raise AssertionError(s)
        assert not name_leak(text, spans), d["id"]
        # gold spans in the output equal the checked ones
        assert [(s["start"], s["end"], s["label"]) for s in d["spans"]] == [(s["start"], s["end"], s["label"]) for s in spans]
        assert "{" not in text and "}" not in text and "⟦" not in text and "⟧" not in text, d["id"]


def generate() -> tuple[list[dict], list[list[dict]]]:
    rng = random.Random(SEED)
    docs, raw = [], []
    for lang in LANGS:
        by_genre = {g: [f for f in FRAMES if f["lang"] == lang and f["genre"] == g] for g in GENRES}
        missing = [g for g, fs in by_genre.items() if not fs]
        assert not missing, (lang, missing)
        queues = {g: [] for g in GENRES}
        for n in range(DOCS_PER_LANG):
            genre = GENRES[n % len(GENRES)]
            if not queues[genre]:
                queues[genre] = [f for f in by_genre[genre] for _ in range(f["opts"].get("weight", 1))]
                rng.shuffle(queues[genre])
            frame = queues[genre].pop()
            text, spans = render_doc(frame, lang, rng)
            for s in spans:
                s["_value"] = text[s["start"]:s["end"]]
            out = [{k: v for k, v in s.items() if not k.startswith("_")} for s in spans]
            docs.append({"id": f"h4-{lang}-{n + 1:03d}-{genre}", "lang": lang, "text": text, "spans": out})
            raw.append(spans)
    return docs, raw


def main() -> None:
    docs, raw = generate()
    check(docs, raw)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout4.jsonl")
    with open(path, "w", encoding="utf-8") as handle:
        for d in docs:
            handle.write(json.dumps(d, ensure_ascii=False) + "\n")
    labels = Counter(s["label"] for d in docs for s in d["spans"])
    sources = Counter(s["name_source"] for d in docs for s in d["spans"] if s["label"] == "PERSON")
    print(f"wrote {len(docs)} documents, {sum(labels.values())} spans -> {path}")
    print("per label:", dict(sorted(labels.items(), key=lambda kv: -kv[1])))
    print("PERSON by name_source:", dict(sources))
    print("frames:", Counter(f["lang"] for f in FRAMES))


# =====================================================================================
# English frames (UK/Irish usage; some Nordic expat contexts)
# =====================================================================================
F("en", "letter", """
⟦Dear|Hi|Dearest⟧ {B.first},

⟦I hope this finds you well.|Just a quick note to say thank you for having us last weekend.|It was so lovely to see you at {C.first}'s birthday.⟧ {C.first} ⟦still talks about|hasn't stopped talking about⟧ the ⟦boat trip|picnic|quiz night⟧, and Mum says hello. ⟦We finally met {D.full} — {D?he:she} is every bit as nice as you said.|I bumped into {D.first} {D.last} at {PCOMPANY} in {CITY}; {D?he:she} asked after you.⟧

⟦My new number is {MOBILE:A}, so do save it.|If you need me, ring me on {MOBILE:A} — the old landline is gone.⟧ ⟦My email has changed too: {EMAIL:A}.|⟧ ⟦I've sent you the money for the tickets; if it hasn't arrived, my account is {IBAN:A}, so let me know and I'll check with {BANK}.|⟧

⟦Love|All the best|Warmly|Much love⟧,
{A.first}
""")

F("en", "letter", """
{DATE}

⟦Dear {B?Mr:Mrs} {B.last}|Dear {B.full}⟧,

⟦I am writing on behalf of my {C?father:mother}, {C.full}, who|My late {C?father:mother}, {C.full},⟧ ⟦has been a member of your choir for over twenty years|was a volunteer at {HOSPITAL} for many years⟧. ⟦As you may know, {C?he:she} moved into a care home in {CITY} last month.|{C.first} often spoke of you with great fondness.⟧ ⟦The family would be grateful if any post could now be sent to me.|We would like to make a donation in {C?his:her} name.⟧

⟦My brother {D.first} and I|{D.full} and I⟧ can be reached ⟦by phone on {PHONE:A}|at {EMAIL:A}⟧. ⟦Please do not use the old number.|⟧

Yours sincerely,
{A.full}
""", people={"C": "local"})

F("en", "complaint", """
{A.full}
{DATE}

{COMPANY}
Customer Relations
{STREET}, {CITY}

⟦Dear Sir or Madam|To whom it may concern|Dear Customer Relations team⟧,

Re: ⟦account|customer number⟧ {CUSTNO} – ⟦complaint about|formal complaint regarding⟧ ⟦repeated overcharging|a missed installation appointment|the handling of my contract cancellation⟧

I am writing to complain ⟦formally|once again⟧ about ⟦the way my case has been handled|your service over the last three months⟧. On {DATE2} I spoke to ⟦an adviser called|a member of your team,⟧ {B.first}, who promised a call-back within 48 hours. ⟦Nobody called.|No one ever called back.⟧ A second adviser, {C.init}, ⟦then told me|later claimed⟧ that there was no record of the earlier conversation.

⟦I have been charged|You have taken⟧ {AMOUNT} ⟦twice|in error⟧ from my card ({MASKED}). Please refund the amount to my account {IBAN:A} ⟦within 14 days|without further delay⟧.

⟦You can reach me|I can be contacted⟧ on {PHONE:A} ⟦during the day|after 5pm⟧ or at {EMAIL:A}. If this is not resolved, I will refer the matter to the Ombudsman.

Yours faithfully,

{A.full}
""")

F("en", "complaint", """
⟦To the Practice Manager|Dear Practice Manager⟧,

I wish to make a complaint about ⟦the treatment of my {C?son:daughter}, {C.first},|the care my {C?son:daughter} {C.first} received⟧ at the surgery on {DATE}. ⟦Dr {B.last}|The locum, Dr {B.full},⟧ ⟦did not examine|barely looked at⟧ {C.first} and ⟦refused to refer us|dismissed our concerns⟧. ⟦The receptionist, {D.first}, was helpful|{D.full} on reception was kind⟧, but ⟦that is not the point|the overall experience was upsetting⟧.

⟦I would like a written response within 10 working days.|I expect an apology and a review of what happened.⟧ My contact details: {MOBILE:A}, {EMAIL:A}. ⟦{NIDN:A:cap}: {NID:A}.|⟧

{A.full}
""", people={"C": "fam=A"})

F("en", "ticket", """
Ticket #{TICKET} · ⟦Priority: normal|Priority: high|Status: open⟧
From: {A.full} <{EMAIL:A}>
Subject: ⟦Can't log in after update|Double charge on my subscription|Router keeps dropping connection⟧

⟦Hi,|Hello,|Hi there,⟧ ⟦since updating the app to {VERSION}|since {DATE}⟧ I ⟦can't sign in|keep getting logged out⟧. ⟦Your system says my account was accessed from {IP:A}, which is my home connection, but it still blocks me.|The error page shows my IP as {IP:A}.⟧ ⟦My phone number on the account is {PHONE:A}.|Please call me on {PHONE:A} if easier.⟧ Order ref {ORDER}.⟦ The duplicate payment came off my card {CARD:A}.|⟧
Thanks, {A.first}

--- Reply from {B.first} ({COMPANY} Support) ---
⟦Hi|Hello|Dear⟧ {A.first},
thanks for ⟦getting in touch|your patience⟧. I've ⟦reset the security lock|cleared the block⟧ on your account ⟦and added a note for my colleague {C.full}, who handles billing|and passed the billing question to {C.first} in our accounts team⟧. ⟦The sign-in from {IP6:A} yesterday was also yours, I assume?|⟧
⟦Kind regards|Best wishes|Cheers⟧,
{B.first} {B.last}
""")

F("en", "ticket", """
Live chat transcript – {DATE}
[{TIME}] Customer: hi, my parcel {TRACKING} ⟦never arrived|shows delivered but isn't here⟧
[{TIME}] {B.first} (agent): Hi! Sorry to hear that. Can I take your full name and the email on the order?
[{TIME2}] Customer: {A.low}, {EMAIL:A}
[{TIME2}] {B.first} (agent): Thanks {A.first}. I can see the {PRODUCT} ({ORDER}) ⟦was left with a neighbour, {C.init}|was signed for by "{C.last}"⟧ at {TIME3}.
[{TIME3}] Customer: ⟦i don't know anyone called that|that's not a neighbour of mine⟧
[{TIME4}] {B.first} (agent): I've opened an investigation. ⟦A colleague, {D.first}, will call you on the number you gave us, {PHONE:A}.|You'll hear back from {D.full} in our claims team within 48 hours.⟧
""", lower=0.0)

F("en", "hr", """
CONFIDENTIAL – ⟦Performance review|Probation review|Annual appraisal⟧ {YEAR}
Employee: {A.LF}   ⟦Staff no.|Employee ID⟧ {CUSTNO}
Manager: {B.full}
⟦HR partner|HR contact⟧: {C.init}

Summary: {A.first} ⟦has had a strong year|met most objectives|has made steady progress⟧. ⟦{A?He:She} took over the {CITY} account from {D.full} in the spring and kept all key clients.|Feedback from {D.first} and the wider team is consistently positive.⟧ ⟦Areas to develop: delegation and written reporting.|Development area: time management during peak periods.⟧

⟦Salary change approved from {DATE}; payroll to use the account on file ({IBAN:A}).|Bonus of {AMOUNT} to be paid with the next salary into {IBAN:A}.⟧ ⟦{NIDN:A:cap}: {NID:A}.|⟧
Signed: {B.last} (manager), {A.last} (employee)
""")

F("en", "hr", """
HR file note – {DATE}
Present: {B.full} (HR), {A.full}, {C.full} (⟦union rep|colleague, as companion⟧)

{A.first} ⟦asked to discuss flexible working after returning from leave|raised a grievance about comments made by {D.full} during the team meeting on {DATEA}|requested a transfer to the {CITY} office⟧. ⟦{B.first} explained the policy and the 8-week response time.|We agreed that {D.last} will be spoken to informally first.⟧ ⟦{A.last} was reminded that the Employee Assistance Programme is available.|⟧

⟦Follow-up: {B.last} to email {A?him:her} at {EMAIL:A} with the outcome.|Next meeting: {DATE3}; {A.first} prefers to be called on {MOBILE:A}.⟧
""")

F("en", "cv", """
{A.UP}
⟦{CITY}|Based in {CITY}⟧ · {MOBILE:A} · {EMAIL:A}

PROFILE
⟦Experienced|Detail-oriented|Bilingual⟧ ⟦project coordinator|accountant|software developer|staff nurse⟧ with ⟦eight|five|twelve⟧ years' experience ⟦in logistics and public-sector projects|across the UK and Ireland⟧.

EXPERIENCE
⟦2019|2020|2021⟧–present  ⟦Senior Analyst|Team Lead|Coordinator⟧, {COMPANY}, {CITY}
  – ⟦Managed a team of six; reported to {B.full}.|Led the migration of the billing platform to {VERSION}.⟧
⟦2014|2015|2016⟧–⟦2019|2020⟧  ⟦Assistant|Associate|Junior developer⟧, {PCOMPANY}
  – ⟦Handled supplier invoices and audits.|Built internal tools used by 200 staff.⟧

EDUCATION
⟦BSc Economics|BA English|MSc Computer Science|BSc Nursing⟧, University of {CITY2}

REFERENCES
{C.full}, ⟦former line manager|Head of Department⟧ – {PHONE:C}
⟦{D.init}, ⟦colleague|mentor⟧ – {EMAIL:D}|Further references available on request.⟧
""")

F("en", "chat", """
#⟦ops-team|project-falcon|support-escalations⟧
{A.full} [{TIME}]: ⟦morning all|hi team⟧ — ⟦is anyone covering the {CITY} client call today?|who has the login for the staging server?⟧
{B.first} [{TIME}]: ⟦I can take it|I'll do it⟧ ⟦if {C.first} sends me the notes|after standup⟧
{C.full} [{TIME2}]: ⟦sent!|done, check your inbox⟧ also {D.last} from finance ⟦wants the invoice number ({INVOICE})|asked about the refund⟧
{A.first} [{TIME2}]: thx. ⟦fyi the VPN logs show {B.first}'s laptop on {IP:B} again, can you reboot it?|fyi {D.first} is off until Monday, call {D?him:her} on {MOBILE:D} only if urgent⟧
{B.first} [{TIME3}]: 👍⟦|
{B.first} [{TIME4}]: btw HR asked for my {NIDN:B} again – it's {NID:B}⟧
""")

F("en", "chat", """
[{DATE}, {TIME}] {A.first}: ⟦hiya|hey all⟧ ⟦who's picking up {C.first} from school tmrw?|is sunday lunch still on?⟧
[{DATE}, {TIME2}] {B.first}: ⟦me i think|i can do it⟧ ⟦unless {D.first} is off|but only after 4⟧
[{DATE}, {TIME2}] {D.first}: ⟦i'm working sorry xx|can't, got the dentist⟧
[{DATE}, {TIME3}] {A.first}: ok. ⟦btw nan's new mobile is {MOBILE:E}|also here's my bank for the gift money {IBAN:A}⟧
[{DATE}, {TIME4}] {B.first}: ⟦cheers|thanks⟧ {A.first} ❤️
[{DATE}, {TIME4}] {C.first}: ⟦can {F.first} come too?|{F.first}'s mum says yes!⟧⟦|
[{DATE}, {TIME5}] {D.first}: what's nan's {NIDN:E}? need it for the hospital form
[{DATE}, {TIME5}] {A.first}: {NID:E}⟧
""", lower=0.6)

F("en", "invoice", """
INVOICE {INVOICE}
Date: {DATE}

From:
{A.full}⟦ – freelance ⟦translator|photographer|web designer|bookkeeper⟧|, sole trader⟧
VAT no.: {VAT:A}
{EMAIL:A} · {PHONE:A}

Bill to:
{COMPANY}
FAO: {B.full}⟦, Accounts Payable|⟧

Description                                    Amount
⟦Translation of technical manual|Event photography, {DATEA}|Website maintenance, Q2⟧     {AMOUNT}
⟦Travel expenses|Licence fee|Hosting⟧                         {AMOUNT2}

Payment within 30 days to {IBAN:A} ⟦(account name: {A.full})|, quoting {INVOICE}⟧.
⟦Thank you for your business!|Late payments incur statutory interest.⟧
""")

F("en", "invoice", """
{PCOMPANY}
Receipt no. {N6}       {DATE} {TIME}

⟦1 x {PRODUCT}|2 x service call⟧          {AMOUNT}
Paid by card {MASKED}
⟦Served by: {B.first}|Cashier: {B.first} {B.last}⟧
Loyalty member: {A.init} ({EMAIL:A})
⟦Returns within 30 days with this receipt.|Thank you for shopping with us!⟧
""")

F("en", "email", """
From: {B.full} <{EMAIL:B}>
To: {A.full} <{WEMAIL:A}>
Date: {DATE}
Subject: RE: ⟦flat viewing on Saturday|carpool for the conference|handover of the keys⟧

⟦Hi|Hello⟧ {A.first},
⟦Saturday works for me.|That's fine by me.⟧ ⟦I'll bring {C.first} along, {C?he:she}'s the one who'll be sharing with me.|My partner, {C.full}, may join.⟧ ⟦My mobile is {MOBILE:B} in case anything changes.|⟧
{B.first}

> On {DATEA}, {A.full} wrote:
> ⟦Hi {B.first}, would Saturday at 11 suit you? Let's meet at the café next to {PCOMPANY} on {STREET}.|Dear {B?Mr:Ms} {B.last}, could we meet at 11 outside {PCOMPANY} on {STREET}?⟧
⟦> My {NIDN:A} for the application form is {NID:A}.
|⟧> ⟦Best|Thanks⟧, {A.first}
> ⟦{A.full} – {COMPANY} – {MOBILE:A}|Sent from my iPhone⟧
""")

F("en", "email", """
Subject: Fwd: ⟦expense claim {REF}|access request for new starter|invoice query {INVOICE}⟧

⟦Hi {B.first}, see below – can you deal with this?|{B.first} – FYI, please action.⟧ Thanks, {A.first}

---------- Forwarded message ---------
From: {C.full} <{WEMAIL:C}>
Date: {DATE}
To: {A.full} <{WEMAIL:A}>

⟦Dear {A.first},|Hi {A.first},⟧
⟦Our new starter, {D.full}, begins on Monday and needs access to the shared drive and VPN. {D?His:Her} personal email for the welcome pack is {EMAIL:D}.|My expense claim for the {CITY} trip is still pending; the reimbursement should go to {IBAN:C}.|Invoice {INVOICE} was paid twice – please refund to the card used, {CARD:C}, or contact me on {MOBILE:C}.⟧
⟦Many thanks|Regards⟧,
{C.first}
""")

F("en", "police", """
⟦INCIDENT REPORT|Garda incident report|Police report⟧ – ref. {REF}
Date/time: {DATE}, {TIME}
Reporting officer: ⟦PC|Sgt|Garda⟧ {B.last} ({CITY} ⟦Central|North⟧)
Complainant: {A.LF}, tel. {PHONE:A}
⟦Witness|Witnesses⟧: {C.full}⟦; {D.init}|⟧

Summary: ⟦At approx. {TIME2} the complainant's bicycle was taken from outside {PCOMPANY} on {STREET}.|The complainant reports that {E?a man:a woman} known to {A?him:her} as "{E.first}" threatened {A?him:her} outside {PCOMPANY}.|The complainant states that {A?his:her} card {CARD:A} was used for online purchases from IP address {IP:E} after {A?his:her} wallet was stolen.⟧ {C.first} ⟦saw the incident from the bus stop|confirmed the timeline⟧. ⟦CCTV requested from {COMPANY}.|No injuries reported.⟧
⟦Suspect described as male, 30s, dark jacket.|Suspect identified as {E.full}, date of arrest {DATEA}.⟧
Officer: {B.init}⟦   Reviewed by Insp. {F.last}|⟧
""")

F("en", "medical", """
{HOSPITAL} – Department of ⟦Cardiology|Orthopaedics|General Medicine⟧
⟦Discharge summary|Referral letter⟧                    {DATE}

Dear Dr {B.last},

Re: {A.full}⟦, {NIDN:A} {NID:A}|, {NIDN:A} {NID:A}|⟧
⟦Tel: {PHONE:A}|⟧

{A?Mr:Ms} {A.last} was admitted on {DATEA} with ⟦chest pain. ECG showed no acute changes; troponin was negative. Medication on discharge: ramipril 2.5 mg, atorvastatin 40 mg.|a fractured wrist after a fall. X-ray confirmed a distal radius fracture. Plan: fracture clinic in two weeks.|community-acquired pneumonia. Chest X-ray showed right lower lobe consolidation. Plan: oral antibiotics for five days, review by GP.⟧ {A?He:She} was reviewed by ⟦my colleague|our registrar⟧ Dr {C.full}⟦ and by the physiotherapist, {D.first} {D.last}|⟧. ⟦{A.first}'s daughter, {E.full}, will collect {A?him:her}; contact {E.first} on {MOBILE:E}.|Next of kin: {E.full} ({MOBILE:E}).⟧

Yours sincerely,
Dr {F.init}
Consultant ⟦Physician|Orthopaedic Surgeon⟧
""", people={"E": "f"})

F("en", "insurance", """
⟦CLAIM FORM – Motor|Home insurance claim|Travel insurance claim⟧
Policy number: {POLICY}     Claim ref: {REF}
Policyholder: {A.lcf}
Contact: {PHONE:A} / {EMAIL:A}
Bank details for settlement: {IBAN:A}⟦ (holder: {A.init})|⟧

Description of loss: ⟦On {DATE} my {PRODUCT} was damaged when a pipe burst in the flat above, occupied by {B.full}.|On {DATE} my parked car was hit by a van driven by {B.full}, who gave me the number {PHONE:B}.|My suitcase and {PRODUCT} were stolen from the hotel in {CITY} on {DATE}.⟧
⟦Witness: {C.fi}, who was walking past.|Witness: {C.full}.|⟧
Estimated value: {AMOUNT}

Declaration: I, {A.full}, confirm the above is true.
Signed: {A.init}     Date: {DATEL}
---
Handler: {D.first} {D.last}⟦ – approved for settlement|⟧
""")

F("en", "school", """
{SCHOOL} – ⟦message to parents|class news⟧ – ⟦Year 3|Reception|Class 2B|Junior Infants⟧

⟦Dear parents and carers|Dear families⟧,
⟦Our trip to the science museum is on {DATE}.|Sports day will take place on {DATE}.⟧ ⟦Please return the consent slip to {B?Mr:Mrs} {B.last} by Friday.|Slips to {B.first} in the office, please.⟧
⟦A special well done to {C.full} and {D.first}, who won the ⟦reading|spelling⟧ challenge!|Congratulations to {C.first} and {D.first} on their ⟦swimming|art⟧ certificates.⟧
⟦{E.first}'s mum, {F.full}, has kindly offered to help on the day – thank you!|We welcome {F?Mr:Ms} {F.last} as our new teaching assistant.⟧
Questions? ⟦Email the class teacher, {G.full}, at {WEMAIL:G}.|Speak to {G?Mr:Mrs} {G.last} at pick-up.⟧
""", people={"F": "f fam=E"})

F("en", "social", """
⟦★☆☆☆☆ Avoid! – {PCOMPANY}, {CITY}
Posted by {A.fi} · {DATE}
⟦Ordered a {PRODUCT} ({ORDER}) and it arrived broken.|Came in for a quick repair and left two hours later with nothing fixed.⟧ ⟦The manager, {B.first}, was rude and refused a refund.|{B.first} on the desk just shrugged.⟧ Won't be back.

Reply from the owner: Hi {A.first}, we're sorry to hear this and have passed it on to {B.first}'s line manager. – {D.full}|★★★★★ ⟦Brilliant service|Couldn't be happier⟧ – {PCOMPANY}, {CITY}
Posted by {A.fi} · {DATE}
⟦Booked for my mum's 70th and everything was perfect.|Quick, friendly and fair prices.⟧ {B.first} behind the counter sorted it all out in minutes. ⟦Shout-out to {C.full}, who went above and beyond!|Special thanks to {C.first} too.⟧

Reply from the owner: Thanks {A.first}! {C.first} will be delighted. – {D.first}, owner⟧
""")


F("en", "social", """
⟦FOUND|LOST⟧: ⟦black wallet|set of keys with a red fob|grey cat, very friendly⟧ near {STREET} ⟦this morning|yesterday evening⟧. ⟦The library card inside says {A.UP}.|Name tag says "{A.first}".⟧ ⟦If it's yours, text me on {MOBILE:B}.|Message me or ring {MOBILE:B}.⟧ #{CITY}community

Comments
{C.full}: ⟦I think that's {A.first} from the bakery!|Shared 👍⟧
{B.first} {B.last}: ⟦Found {A?him:her}, all sorted, thanks everyone!|still here if anyone knows⟧
""")

F("en", "minutes", """
⟦Minutes of the|Notes from the⟧ ⟦residents' association meeting|project steering group|board meeting⟧ – {DATE}
Location: ⟦community hall, {STREET}|Room 2.14, {COMPANY}|Teams call⟧
Present: {A.full} (chair), {B.full}, {C.init}, {D.first} {D.last}⟦, {E.full}|⟧
Apologies: {F.full}
Minutes: {G.full}

1. ⟦Minutes of the last meeting approved.|Matters arising: none.⟧
2. ⟦Finance: {B.last} reported a balance of {AMOUNT}; subscriptions should be paid to the treasurer's account {IBAN:B}.|Budget: {B.first} presented the Q3 figures (invoice {INVOICE} still outstanding).⟧
3. ⟦{C.last} raised the parking issue near {SCHOOL}.|Action: {D.first} to contact {COMPANY} about the repairs.⟧
4. AOB: ⟦{A.first} thanked {E.first} for organising the summer fête.|next meeting {DATEL}.⟧
Actions: {D.last} – quotes by {DATEL}; {C.init} – letter to the council.
""")

F("en", "court", """
⟦NOTICE OF HEARING|NOTICE SEEKING POSSESSION|ORDER FOR DIRECTIONS⟧
⟦Claim no.|Case no.⟧ {REF}
⟦Claimant (landlord)|Landlord⟧: {A.full}
⟦Defendant (tenant)|Tenant⟧: {B.full}⟦ and {C.full}|⟧
Tenancy agreement dated {DATEA}

Take notice that ⟦rent arrears of {AMOUNT} remain unpaid|the landlord requires possession of the property⟧. The hearing will take place before ⟦District Judge|Judge⟧ {D.last} at {CITY} County Court on {DATE} at {TIME}. ⟦Payments may be made to the landlord's account {IBAN:A}.|⟧
⟦If you do not attend, the court may make an order in your absence.|You are advised to seek legal advice.⟧
Served by: {E.full}, ⟦agent for the landlord|process server⟧, tel. {PHONE:E}
""")

F("en", "newsletter", """
⟦{COMPANY} staff newsletter|Inside {COMPANY}⟧ – ⟦Spring|Autumn|Winter⟧ edition

⟦Welcome aboard|New faces⟧: ⟦{A.full} joins the finance team from {PCOMPANY}; {B.full} starts in IT support.|We welcome {A.full} (HR) and {B.first} {B.last} (warehouse).⟧
⟦Farewell|Retirement⟧: after 23 years, {C.full} ⟦retires in June|is leaving us⟧. ⟦Cards can be signed at reception; the collection is organised by {D.first}.|{C.first}'s leaving drinks are on {DATE} – all welcome.⟧
⟦Congratulations to {E.init} on passing the ACCA exams.|Well done to {E.full}, employee of the quarter.⟧ ⟦Charity run: {F.first} raised {AMOUNT} for {HOSPITAL}.|⟧
IT corner: ⟦please update to {VERSION} – questions to {G.full}.|phishing alert – nobody from IT will ever ask for your password.⟧
""")


# =====================================================================================
# French frames (France, Belgium, Luxembourg)
# =====================================================================================
F("fr", "letter", """
{CITY}, le {DATE}

⟦{B?Cher:Chère} {B.first}|Coucou {B.first}|{B?Mon cher:Ma chère} {B.first}⟧,

⟦Je voulais te remercier pour ce week-end à la campagne.|Ça fait une éternité que je ne t'ai pas écrit !|Merci encore pour ton accueil à {CITY2}.⟧ ⟦Les enfants en parlent encore, surtout {C.first}, qui veut absolument revoir tes poules.|{C.first} a adoré la balade au lac.⟧ ⟦Figure-toi que j'ai croisé {D.full} devant {PCOMPANY} : {D?il:elle} n'a pas changé du tout !|J'ai revu {D.first} {D.last} au marché, {D?il:elle} te passe le bonjour.⟧

⟦J'ai changé de numéro, voici le nouveau : {MOBILE:A}.|Note mon nouveau portable : {MOBILE:A}.⟧ ⟦Et pour le cadeau commun de {E.first}, tu peux faire le virement sur mon compte {IBAN:A}.|⟧

⟦Je t'embrasse|Grosses bises|Bises à toute la famille⟧,
{A.first}
""")

F("fr", "letter", """
{A.full}
⟦Tél.|Portable⟧ : {PHONE:A}
{EMAIL:A}

{COMPANY}
Service résiliation

{CITY}, le {DATE}

Objet : ⟦résiliation de mon contrat n° {POLICY}|demande de résiliation – contrat {POLICY}⟧
⟦Lettre recommandée avec accusé de réception|LRAR⟧

Madame, Monsieur,

Par la présente, je vous informe de ma décision de résilier ⟦mon contrat|mon abonnement⟧ ⟦à compter du {DATE2}|à l'échéance⟧, conformément ⟦à la loi Hamon|aux conditions générales⟧. ⟦Je vous remercie de rembourser le trop-perçu sur mon compte {IBAN:A}.|Merci de cesser tout prélèvement sur le compte {IBAN:A}.⟧ ⟦{B?Mon conjoint:Ma conjointe}, {B.full}, cotitulaire du contrat, est informé{B?:e} de cette démarche.|⟧

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

{A.full}
""")

F("fr", "complaint", """
{A.full}
{EMAIL:A}

Objet : réclamation – ⟦commande {ORDER}|dossier {REF}|facture {INVOICE}⟧

⟦Madame, Monsieur|Bonjour⟧,

Le {DATE}, j'ai passé la commande {ORDER} (article : {PRODUCT}). ⟦Le colis n'est jamais arrivé.|L'appareil livré était défectueux.⟧ ⟦Votre conseiller, {B.first}, m'a promis un rappel sous 48 heures ; personne ne m'a rappelé{A?:e}.|Au téléphone, {B?M.:Mme} {B.last} m'a affirmé que le problème venait du transporteur.⟧ ⟦Une seconde conseillère, {C.init}, m'a ensuite indiqué l'inverse.|⟧

Je vous demande ⟦le remboursement intégral|un échange⟧ sous quinze jours, ⟦par virement sur le compte {IBAN:A}|sur la carte utilisée lors de l'achat ({MASKED})⟧. À défaut, je saisirai ⟦le médiateur de la consommation|une association de consommateurs⟧.

⟦Vous pouvez me joindre au {PHONE:A}.|Je reste joignable au {PHONE:A}.⟧

{A.LF}
""", people={"B": "m", "C": "f"})

F("fr", "complaint", """
{CITY}, le {DATE}

À l'attention du directeur de ⟦la résidence|l'agence⟧

⟦Monsieur le Directeur|Madame, Monsieur⟧,

Je me permets de vous écrire au sujet ⟦de la prise en charge de {C?mon père:ma mère}, {C.full}, résident{C?:e} de votre établissement. À plusieurs reprises, personne n'a répondu à la sonnette pendant la nuit.|du comportement de votre {D?employé:employée}, {D.full}, lors de mon rendez-vous du {DATE2}. {D.first} a refusé de me communiquer le nom de son responsable.⟧ ⟦{E.full}, l'aide-soignante de jour, est très dévouée, mais elle ne peut pas tout faire seule.|Seul{E?:e} {E.full} a pris le temps de m'écouter.⟧

Je souhaite être reçu{A?:e} rapidement. Vous pouvez me contacter au {MOBILE:A} ⟦ou à l'adresse {EMAIL:A}|⟧.

Veuillez agréer l'expression de mes salutations distinguées.

{A?M.:Mme} {A.full}
""", people={"E": "f"})

F("fr", "ticket", """
Ticket n° {TICKET} – ⟦Priorité : haute|Statut : ouvert|Catégorie : facturation⟧
De : {A.full} <{EMAIL:A}>
Objet : ⟦impossible de me connecter|double prélèvement|box internet qui redémarre sans arrêt⟧

Bonjour,
⟦Depuis la mise à jour {VERSION}, je n'arrive plus à accéder à mon espace client.|Depuis le {DATE}, ma connexion coupe toutes les dix minutes.⟧ ⟦Le message d'erreur indique une connexion suspecte depuis l'adresse {IP:A}, qui est pourtant la mienne.|Votre technicien m'a demandé de vous transmettre mon adresse IP : {IP:A}.⟧ ⟦Merci de me rappeler au {PHONE:A}.|Je suis joignable au {PHONE:A} en soirée.⟧⟦ Le double prélèvement a été fait sur ma carte {CARD:A}.|⟧
Cordialement,
{A.first} {A.last}

— Réponse de {B.first} (service client {COMPANY}) —
Bonjour {A?Monsieur:Madame} {A.last},
⟦Nous avons bien reçu votre demande.|Merci pour votre message.⟧ ⟦J'ai débloqué votre compte et transmis le dossier à {C.full}, du service facturation.|Un technicien, {C.first}, passera le {DATEL} entre 8 h et 12 h.⟧ ⟦La connexion depuis {IP6:A} était-elle également la vôtre ?|⟧
Bien cordialement,
{B.full}
""", people={"C": "m"})

F("fr", "ticket", """
Conversation avec le service client – {DATE}
{TIME} Client : bonjour, mon colis {TRACKING} ⟦n'est jamais arrivé|est indiqué livré mais je ne l'ai pas⟧
{TIME} {B.first} : Bonjour ! Je suis désolé{B?:e} pour ce désagrément. Pouvez-vous me donner votre nom et l'adresse mail de la commande ?
{TIME2} Client : {A.low}, {EMAIL:A}
{TIME2} {B.first} : Merci {A?Monsieur:Madame} {A.last}. Le colis ({ORDER}) a été remis ⟦à votre voisin{C?:e}, {C.init},|à « {C.ULAST} » d'après la signature,⟧ à {TIME3}.
{TIME3} Client : ⟦je ne connais personne de ce nom|ce n'est pas mon voisin⟧
{TIME4} {B.first} : J'ouvre une enquête. ⟦{D.full}, du service litiges, vous rappellera au {PHONE:A}.|Vous serez recontacté{A?:e} sous 48 h par {D.first}.⟧
""")

F("fr", "hr", """
CONFIDENTIEL – ⟦Compte rendu d'entretien annuel|Entretien professionnel|Bilan de période d'essai⟧ {YEAR}
Salarié{A?:e} : {A.LF} – matricule {CUSTNO}
Manager : {B.full}
RH : {C.init}

{A.first} ⟦a atteint l'essentiel de ses objectifs|a réalisé une très bonne année|progresse régulièrement⟧. ⟦{A?Il:Elle} a repris le portefeuille clients de {D.full} à {CITY} sans perte de chiffre d'affaires.|Les retours de {D.first} et de l'équipe sont très positifs.⟧ ⟦Axe de progrès : délégation et reporting écrit.|Point d'attention : gestion des priorités en période de clôture.⟧

⟦Une prime de {AMOUNT} sera versée sur le compte {IBAN:A}.|Augmentation de {PCT} % validée à compter du {DATE}.⟧ ⟦Dossier administratif complet ({NIDN:A} : {NID:A}).|⟧
Signatures : {B.last} (manager) – {A.last} (salarié{A?:e})
""")

F("fr", "hr", """
Note RH – {DATE}
Objet : ⟦demande de télétravail|retour après congé parental|rupture conventionnelle⟧ – {A.full}
Présents : {B.full} (RH), {A.full}, {C.full} (⟦délégué{C?:e} du personnel|représentant{C?:e} syndical{C?:e}⟧)

⟦{A.first} souhaite travailler deux jours par semaine depuis son domicile.|{A?M.:Mme} {A.last} a exposé les difficultés rencontrées avec {D.full}, son responsable direct.|{A?Le salarié:La salariée} et l'employeur envisagent une rupture conventionnelle.⟧ {B.first} a rappelé la procédure et les délais. ⟦Prochain rendez-vous le {DATEL}.|Réponse écrite sous quinze jours à {EMAIL:A}.⟧ ⟦Contact privilégié : {MOBILE:A}.|⟧
""")

F("fr", "cv", """
{A.UP}
{MOBILE:A} – {EMAIL:A} – {CITY}

⟦PROFIL|À PROPOS⟧
⟦Comptable|Développeur{A?:se}|Infirmi{A?er:ère}|Chargé{A?:e} de projet⟧ ⟦avec huit ans d'expérience|bilingue anglais, dix ans d'expérience⟧ ⟦dans la logistique et le secteur public|en France et en Belgique⟧.

EXPÉRIENCE
⟦2019|2020⟧ – aujourd'hui : ⟦Responsable comptable|Chef{A?:fe} d'équipe|Consultant{A?:e}⟧, {COMPANY}, {CITY}
  • ⟦Encadrement de six personnes, sous la responsabilité de {B.full}|Migration du logiciel de paie vers la version {VERSION}⟧
⟦2014|2015⟧ – ⟦2019|2020⟧ : ⟦Assistant{A?:e}|Stagiaire puis CDI⟧, {PCOMPANY}

FORMATION
⟦Master CCA|Licence d'informatique|Diplôme d'État infirmier⟧, université de {CITY2}

LANGUES : anglais (courant), ⟦espagnol|allemand|arabe⟧ (intermédiaire)

RÉFÉRENCES
{C.full}, ⟦ancien{C?:ne} responsable|{C?directeur:directrice} d'agence⟧ – {PHONE:C}
⟦{D.init} – {EMAIL:D}|Sur demande.⟧
""")

F("fr", "chat", """
[{TIME}] {A.full} : ⟦Bonjour à tous|Salut l'équipe⟧, ⟦qui prend le client de {CITY} cet après-midi ?|quelqu'un a les accès au serveur de recette ?⟧
[{TIME}] {B.first} : ⟦je peux m'en charger|moi⟧ ⟦si {C.first} m'envoie le compte rendu|après le point de 14 h⟧
[{TIME2}] {C.full} : ⟦c'est envoyé|voilà, regarde tes mails⟧. Au fait, {D.last} de la compta ⟦réclame la facture {INVOICE}|demande où en est le remboursement⟧
[{TIME2}] {A.first} : merci ! ⟦pour info, les logs VPN montrent encore le poste de {B.first} sur {IP:B}, tu peux redémarrer ?|{D.first} est en congé jusqu'à lundi, son portable : {MOBILE:D} si vraiment urgent⟧
[{TIME3}] {B.first} : 👍⟦|
[{TIME4}] {B.first} : au fait, pour la paie, mon {NIDN:B} c'est {NID:B}⟧
""")

F("fr", "chat", """
[{DATE} {TIME}] {A.first} : ⟦coucou la famille|salut tout le monde⟧ ⟦qui récupère {C.first} à l'école demain ?|le repas de dimanche tient toujours ?⟧
[{DATE} {TIME2}] {B.first} : ⟦moi je peux|je m'en occupe⟧ ⟦sauf si {D.first} finit tôt|mais pas avant 17h⟧
[{DATE} {TIME2}] {D.first} : ⟦je bosse dsl|pas possible j'ai le dentiste⟧
[{DATE} {TIME3}] {A.first} : ok. ⟦au fait le nouveau numéro de mamie c'est le {MOBILE:E}|voilà mon rib pour le cadeau de papy : {IBAN:A}⟧
[{DATE} {TIME4}] {B.first} : merci {A.first} ❤️
[{DATE} {TIME4}] {C.first} : ⟦est-ce que {F.first} peut venir aussi ?|la maman de {F.first} est d'accord !!⟧⟦|
[{DATE} {TIME5}] {D.first} : quelqu'un a le {NIDN:E} de mamie ? c'est pour le dossier de l'hôpital
[{DATE} {TIME5}] {A.first} : {NID:E}⟧
""", lower=0.6)

F("fr", "invoice", """
FACTURE N° {INVOICE}
Date : {DATE}

{A.full}⟦ – ⟦{A?traducteur:traductrice}|photographe|{A?développeur:développeuse} web⟧ indépendant{A?:e}|, entrepreneur individuel⟧
⟦N° TVA intracommunautaire|TVA intracom.⟧ : {VAT:A}
{EMAIL:A} – {PHONE:A}

Client :
{COMPANY}
À l'attention de {B?M.:Mme} {B.full}

Désignation                                 Montant HT
⟦Traduction d'un manuel technique|Reportage photo du {DATEA}|Maintenance du site, 2e trimestre⟧       {AMOUNT}
⟦Frais de déplacement|Droits de diffusion|Hébergement⟧                      {AMOUNT2}

Règlement à 30 jours par virement : {IBAN:A}⟦ (titulaire : {A.init})|⟧
⟦En cas de retard, une indemnité forfaitaire de 40 € sera appliquée.|Merci de votre confiance.⟧
""")

F("fr", "invoice", """
{PCOMPANY}
Ticket n° {N6} – {DATE} {TIME}

⟦1 x {PRODUCT}|Réparation + main d'œuvre⟧        {AMOUNT}
Payé par CB {MASKED}
⟦Vous avez été servi par {B.first}|{B?Caissier:Caissière} : {B.full}⟧
Carte fidélité : {A.init} – {EMAIL:A}
⟦Merci de votre visite !|Échange sous 30 jours sur présentation du ticket.⟧
""")

F("fr", "email", """
De : {B.full} <{EMAIL:B}>
À : {A.full} <{WEMAIL:A}>
Date : {DATE}
Objet : RE: ⟦visite de l'appartement samedi|covoiturage pour le séminaire|remise des clés⟧

⟦Bonjour|Salut⟧ {A.first},
⟦Samedi me convient très bien.|Pas de souci pour moi.⟧ ⟦Je viendrai avec {C.first}, {C?mon colocataire:ma colocataire}.|{C?Mon compagnon:Ma compagne}, {C.full}, se joindra peut-être à nous.⟧ ⟦Mon portable en cas d'imprévu : {MOBILE:B}.|⟧
{B.first}

Le {DATEA}, {A.full} a écrit :
> ⟦Bonjour {B.first}, samedi 11 h, ça vous irait ? On peut se retrouver au café en face de {PCOMPANY}, {STREET}.|{B?Monsieur:Madame} {B.last}, seriez-vous disponible samedi à 11 h devant {PCOMPANY}, {STREET} ?⟧
⟦> Pour le dossier, mon {NIDN:A} : {NID:A}.
|⟧> ⟦Bien à vous|Cordialement⟧, {A.first}
> ⟦{A.full} – {COMPANY} – {MOBILE:A}|Envoyé de mon iPhone⟧
""")

F("fr", "email", """
Objet : TR: ⟦note de frais {REF}|accès informatique|facture {INVOICE}⟧

⟦{B.first}, peux-tu regarder ? Merci, {A.first}|Pour suite à donner. {A.first}⟧

-------- Message transféré --------
De : {C.full} <{WEMAIL:C}>
Date : {DATE}
À : {A.full} <{WEMAIL:A}>

Bonjour {A.first},
⟦{D?Notre nouvel arrivant:Notre nouvelle arrivante}, {D.full}, commence lundi et a besoin d'un accès au VPN. Son adresse perso pour le livret d'accueil : {EMAIL:D}.|Ma note de frais pour le déplacement à {CITY} est toujours en attente ; le remboursement est à faire sur {IBAN:C}.|La facture {INVOICE} a été payée deux fois : merci de recréditer la carte {CARD:C} ou de m'appeler au {MOBILE:C}.⟧
Bien cordialement,
{C.first}
""")

F("fr", "police", """
⟦PROCÈS-VERBAL DE DÉPÔT DE PLAINTE|MAIN COURANTE|RAPPORT D'INTERVENTION⟧ – n° {REF}
Le {DATE} à {TIME}, devant nous, {B.LF}, {B?brigadier:brigadière} de police en fonction au commissariat de {CITY},
se présente {A?M.:Mme} {A.LF}, joignable au {PHONE:A}, qui déclare :
« ⟦Le {DATEA} vers {TIME2}, mon vélo a été volé devant {PCOMPANY}, {STREET}.|Un individu que je connais sous le prénom de {E.first} m'a menacé{A?:e} devant {PCOMPANY}.|Après le vol de mon portefeuille, ma carte bancaire {CARD:A} a été utilisée pour des achats en ligne depuis l'adresse IP {IP:E}.⟧ ⟦{C?Mon voisin:Ma voisine}, {C.full}, a tout vu.|{C.full} était présent{C?:e} et peut en témoigner.⟧ »
⟦La personne mise en cause serait {E.full}.|Aucun suspect identifié à ce stade.⟧
Lecture faite, {A?le plaignant:la plaignante} persiste et signe.
⟦L'officier de police judiciaire|Le chef de poste⟧ : {F.init}
""")

F("fr", "medical", """
{HOSPITAL.cap} – service de ⟦cardiologie|traumatologie|médecine interne⟧
{CITY}, le {DATE}

{B?Docteur:Docteure} {B.full}

{B?Cher confrère:Chère consœur},

Je vous adresse le compte rendu d'hospitalisation de votre patient{A?:e}, {A?M.:Mme} {A.full}⟦ ({NIDN:A} : {NID:A})| ({NIDN:A} : {NID:A})|⟧, hospitalisé{A?:e} du {DATEA} au {DATE}⟦ et joignable au {PHONE:A}|⟧.
⟦Motif : douleur thoracique. L'ECG et la troponine sont normaux. Traitement de sortie : ramipril 2,5 mg, atorvastatine 40 mg.|Motif : chute avec fracture du poignet droit, traitée par ostéosynthèse. Consultation de contrôle dans quinze jours.|Motif : pneumopathie franche lobaire aiguë. Antibiothérapie par amoxicilline pendant sept jours.⟧
{A?Il:Elle} a été vu{A?:e} par ⟦le Dr|notre interne, le Dr⟧ {C.full}⟦ et par {D?le kinésithérapeute:la kinésithérapeute}, {D.full}|⟧.
Personne à prévenir : {E.full} ({MOBILE:E}).

Je reste à votre disposition. Confraternellement,
Dr {F.init}
⟦Praticien hospitalier|Chef de service⟧
""")

F("fr", "insurance", """
DÉCLARATION DE SINISTRE – ⟦auto|habitation|assistance voyage⟧
Contrat n° {POLICY} – dossier {REF}
Assuré{A?:e} : {A.lcf}
Téléphone : {PHONE:A} – Courriel : {EMAIL:A}
RIB pour indemnisation : {IBAN:A}

Circonstances : ⟦le {DATE}, un dégât des eaux provenant de l'appartement du dessus, occupé par {B.full}, a endommagé mon plafond et mes meubles.|le {DATE}, mon véhicule en stationnement a été percuté par {B.full}, qui m'a laissé son numéro : {PHONE:B}. Un constat amiable a été rempli.|le {DATE}, ma valise a été volée à l'hôtel, à {CITY}.⟧
⟦Témoin : {C.fi}.|Témoin : {C.full}, {C?passant:passante}.|⟧
Montant estimé : {AMOUNT}

Je {A?soussigné:soussignée}, {A.full}, certifie l'exactitude des informations ci-dessus.
Fait à {CITY2}, le {DATEL}.
---
Gestionnaire : {D.full}⟦ – dossier validé|⟧
""")

F("fr", "school", """
{SCHOOL.cap} – ⟦mot aux familles|message de la maîtresse|message de l'équipe enseignante⟧ – ⟦CP|CE1|CM2|moyenne section⟧

Chers parents,
⟦La sortie au musée aura lieu le {DATE}.|La kermesse de l'école se tiendra le {DATE}.⟧ ⟦Merci de rendre l'autorisation signée à {B?M.:Mme} {B.last} avant vendredi.|Les autorisations sont à déposer auprès de {B.first}, au secrétariat.⟧
⟦Bravo à {C.full} et à {D.first}, vainqueurs du rallye lecture !|Félicitations à {C.first} et {D.first} pour leur diplôme de natation.⟧
⟦La maman de {E.first}, {F.full}, accompagnera la sortie : un grand merci !|Nous accueillons {F?M.:Mme} {F.last}, {F?nouvel:nouvelle} AESH de la classe.⟧
Pour toute question : ⟦{G.full}, {WEMAIL:G}|passez voir {G?M.:Mme} {G.last} à la sortie⟧.
""", people={"F": "f fam=E"})

F("fr", "social", """
⟦★☆☆☆☆ ⟦À fuir !|Décevant⟧ – {PCOMPANY}, {CITY}
Avis publié par {A.fi} le {DATE}
⟦Commande {ORDER} arrivée cassée, et impossible d'obtenir un remboursement.|{A?Venu:Venue} pour une petite réparation, {A?reparti:repartie} deux heures après sans solution.⟧ {B?Le responsable:La responsable}, {B.first}, a été très désagréable. Je ne reviendrai pas.

Réponse du propriétaire : Bonjour {A.first}, nous sommes navrés et avons transmis votre message à l'équipe. – {D.full}|★★★★★ ⟦Service impeccable|Parfait⟧ – {PCOMPANY}, {CITY}
Avis publié par {A.fi} le {DATE}
⟦Pour les 70 ans de ma mère, tout était parfait.|Accueil chaleureux et prix honnêtes.⟧ {B.first}, à l'accueil, a tout réglé en cinq minutes. ⟦Mention spéciale à {C.full}, au top !|Merci aussi à {C.first} !⟧

Réponse du propriétaire : Merci {A.first} ! {C.first} sera {C?ravi:ravie}. – {D.first}, {D?gérant:gérante}⟧
""")


F("fr", "social", """
⟦TROUVÉ|PERDU⟧ : ⟦portefeuille noir|trousseau de clés avec porte-clés rouge|sac à dos bleu⟧ vers {STREET} ⟦ce matin|hier soir⟧. ⟦La carte de bibliothèque à l'intérieur est au nom de {A.UP}.|Il y a un badge au nom de « {A.fi} ».⟧ ⟦Si c'est à vous, envoyez-moi un SMS au {MOBILE:B}.|Contactez-moi en MP ou au {MOBILE:B}.⟧ #{CITY}

Commentaires
{C.full} : ⟦je crois que c'est {A.first}, de la boulangerie !|partagé 👍⟧
{B.full} : ⟦retrouvé{A?:e}, merci à tous !|toujours pas de nouvelles…⟧
""")

F("fr", "minutes", """
⟦Compte rendu de l'assemblée générale des copropriétaires|Compte rendu du conseil syndical|Procès-verbal de la réunion de l'association⟧ – {DATE}
Lieu : ⟦salle polyvalente, {STREET}|locaux de {COMPANY}|visioconférence⟧
Présents : {A.full} ({A?président:présidente} de séance), {B.full}, {C.init}, {D.full}⟦, {E.full}|⟧
{F?Excusé:Excusée} : {F.full}
Secrétaire de séance : {G.full}

1. ⟦Approbation du compte rendu précédent : adopté à l'unanimité.|Questions diverses reportées.⟧
2. ⟦Trésorerie : {B.last} annonce un solde de {AMOUNT} ; les cotisations sont à verser sur le compte {B?du trésorier:de la trésorière}, {IBAN:B}.|Budget : {B.first} présente les comptes du 3e trimestre (facture {INVOICE} toujours impayée).⟧
3. ⟦{C.last} signale des problèmes de stationnement devant {SCHOOL}.|{D.first} contactera {COMPANY} pour les travaux.⟧
4. ⟦{A.first} remercie {E.first} pour l'organisation de la fête des voisins.|Prochaine réunion le {DATEL}.⟧
Actions : {D.last} – devis avant le {DATEL} ; {C.init} – courrier à la mairie.
""")

F("fr", "court", """
⟦Tribunal judiciaire de {CITY}|Tribunal de proximité de {CITY}⟧
⟦CONVOCATION À L'AUDIENCE|COMMANDEMENT DE PAYER VISANT LA CLAUSE RÉSOLUTOIRE⟧
RG n° 24/{N5}
⟦Demandeur|Bailleur⟧ : {A.full}
⟦Défendeur|Locataire⟧ : {B.full}⟦ et {C.full}|⟧
Bail du {DATEA}

⟦Il vous est fait commandement de payer la somme de {AMOUNT} au titre des loyers impayés.|Vous êtes convoqué(e)(s) à l'audience du {DATE} à {TIME}, salle 3, devant le juge des contentieux de la protection, {D?M.:Mme} {D.last}.⟧ ⟦Le règlement peut être effectué sur le compte du bailleur : {IBAN:A}.|⟧
⟦À défaut de comparution, un jugement pourra être rendu sur les seuls éléments fournis par votre adversaire.|Vous pouvez vous faire assister par un avocat.⟧
Acte signifié par Maître {E.full}, commissaire de justice.
""")

F("fr", "newsletter", """
⟦La Lettre de {COMPANY}|{COMPANY} – l'info interne⟧ – ⟦printemps|automne|hiver⟧

⟦Bienvenue !|Ils nous rejoignent :⟧ ⟦{A.full} rejoint le service comptabilité après plusieurs années chez {PCOMPANY} ; {B.full} arrive au support informatique.|Nous accueillons {A.full} (RH) et {B.full} (logistique).⟧
⟦Départ en retraite|Au revoir⟧ : après 23 ans de maison, {C.full} ⟦prend sa retraite en juin|nous quitte⟧. ⟦Une carte circule à l'accueil, la cagnotte est gérée par {D.first}.|Le pot de départ de {C.first} aura lieu le {DATE}.⟧
⟦Félicitations à {E.init} pour l'obtention du DSCG.|Bravo à {E.full}, {E?élu collaborateur:élue collaboratrice} du trimestre.⟧ ⟦Course solidaire : {F.first} a récolté {AMOUNT} pour {HOSPITAL}.|⟧
Coin informatique : ⟦merci de passer à la version {VERSION} ; questions à {G.full}.|attention au hameçonnage, le service informatique ne vous demandera jamais votre mot de passe.⟧
""")


# =====================================================================================
# German frames (Germany, Austria)
# =====================================================================================
F("de", "letter", """
{CITY}, {DATE}

⟦{B?Lieber:Liebe} {B.first}|Hallo {B.first}|{B?Mein lieber:Meine liebe} {B.first}⟧,

⟦vielen Dank noch einmal für das schöne Wochenende bei euch!|lange nichts voneinander gehört – wie geht es dir?|danke für die Einladung zu {C.firstS} Geburtstag.⟧ ⟦Die Kinder reden immer noch davon, vor allem {C.first}.|{C.first} hat den Ausflug an den See geliebt.⟧ ⟦Stell dir vor, ich habe {D.full} vor {PCOMPANY} getroffen – {D?er:sie} hat sich überhaupt nicht verändert!|Neulich habe ich {D.first} {D.last} auf dem Markt gesehen, {D?er:sie} lässt dich grüßen.⟧

⟦Ich habe übrigens eine neue Handynummer: {MOBILE:A}.|Meine neue Nummer: {MOBILE:A}.⟧ ⟦Für das gemeinsame Geschenk für {E.first} kannst du das Geld auf mein Konto überweisen: {IBAN:A}.|⟧

⟦Liebe Grüße|Herzliche Grüße|Alles Liebe⟧
{A.first}
""")

F("de", "letter", """
{A.full}
{EMAIL:A} · {PHONE:A}

{COMPANY}
Kundenservice

{CITY}, {DATE}

⟦Kündigung meines Vertrags Nr. {POLICY}|Kündigung – Vertragsnummer {POLICY}⟧

Sehr geehrte Damen und Herren,

hiermit kündige ich ⟦meinen Vertrag|mein Abonnement⟧ ⟦fristgerecht zum nächstmöglichen Zeitpunkt|zum {DATE2}⟧. ⟦Bitte bestätigen Sie mir die Kündigung schriftlich.|Bitte senden Sie mir eine schriftliche Bestätigung mit dem Beendigungszeitpunkt.⟧ ⟦Eventuelle Guthaben erstatten Sie bitte auf mein Konto {IBAN:A}.|Das SEPA-Lastschriftmandat für das Konto {IBAN:A} widerrufe ich hiermit.⟧ ⟦{B?Mein Partner:Meine Partnerin}, {B.full}, ist als {B?Mitnutzer:Mitnutzerin} eingetragen und mit der Kündigung einverstanden.|⟧

Mit freundlichen Grüßen

{A.full}
""")

F("de", "complaint", """
{A.full}
{EMAIL:A}

Betreff: Beschwerde – ⟦Bestellung {ORDER}|Vorgang {REF}|Rechnung {INVOICE}⟧

Sehr geehrte Damen und Herren,

am {DATE} habe ich die Bestellung {ORDER} (Artikel: {PRODUCT}) aufgegeben. ⟦Das Paket ist nie angekommen.|Das gelieferte Gerät war defekt.⟧ ⟦Ihr Mitarbeiter, Herr {B.last}, versprach mir einen Rückruf innerhalb von 48 Stunden – passiert ist nichts.|Am Telefon behauptete Ihr Mitarbeiter {B.full}, der Fehler liege beim Paketdienst.⟧ ⟦Eine weitere Kollegin, {C.init}, sagte mir später das Gegenteil.|⟧

Ich fordere Sie auf, ⟦mir den Kaufpreis|den Betrag von {AMOUNT}⟧ ⟦bis zum {DATE2}|innerhalb von 14 Tagen⟧ ⟦auf mein Konto {IBAN:A}|auf die beim Kauf verwendete Karte ({MASKED})⟧ zu erstatten. Andernfalls werde ich ⟦die Verbraucherzentrale einschalten|rechtliche Schritte einleiten⟧.

Sie erreichen mich unter {PHONE:A}.

Mit freundlichen Grüßen
{A.full}
""", people={"B": "m", "C": "f"})

F("de", "complaint", """
{COMPANY}
z. Hd. {B?Herrn:Frau} {B.full}

{CITY}, {DATE}

Lärmbelästigung durch {C?den Mieter:die Mieterin} im 3. OG

Sehr {B?geehrter Herr:geehrte Frau} {B.last},

seit ⟦mehreren Wochen|Anfang des Monats⟧ kommt es ⟦nachts|fast täglich nach 22 Uhr⟧ zu erheblichem Lärm aus der Wohnung von {C?Herrn:Frau} {C.last}. ⟦Ein persönliches Gespräch mit {C?ihm:ihr} blieb leider ohne Erfolg.|Auch {D.full} aus dem Erdgeschoss hat sich bereits beschwert.⟧ Ich bitte Sie dringend, tätig zu werden.

Für Rückfragen bin ich unter {MOBILE:A}⟦ oder {EMAIL:A}|⟧ erreichbar.

Mit freundlichen Grüßen
{A.full}
""")

F("de", "ticket", """
Ticket #{N6} – ⟦Priorität: hoch|Status: offen|Kategorie: Abrechnung⟧
Von: {A.full} <{EMAIL:A}>
Betreff: ⟦Login nicht möglich|Doppelte Abbuchung|Router startet ständig neu⟧

Hallo,
⟦seit dem Update auf {VERSION} kann ich mich nicht mehr anmelden.|seit dem {DATE} bricht meine Verbindung alle zehn Minuten ab.⟧ ⟦Laut Fehlermeldung gab es einen verdächtigen Zugriff von {IP:A} – das ist aber meine eigene IP.|Ihr Techniker hat mich gebeten, Ihnen meine IP-Adresse mitzuteilen: {IP:A}.⟧ ⟦Bitte rufen Sie mich unter {PHONE:A} zurück.|Erreichbar bin ich abends unter {PHONE:A}.⟧⟦ Die doppelte Abbuchung erfolgte über meine Karte {CARD:A}.|⟧
Viele Grüße
{A.first} {A.last}

--- Antwort von {B.first} ({COMPANY}, Kundenservice) ---
⟦Guten Tag|Hallo⟧ {A?Herr:Frau} {A.last},
⟦vielen Dank für Ihre Nachricht.|danke für Ihre Geduld.⟧ ⟦Ich habe Ihr Konto entsperrt und den Vorgang an {C.full} aus der Buchhaltung weitergegeben.|{C?Ein Techniker, Herr:Eine Technikerin, Frau} {C.last}, kommt am {DATEL} zwischen 8 und 12 Uhr vorbei.⟧ ⟦War die Anmeldung von {IP6:A} ebenfalls von Ihnen?|⟧
Freundliche Grüße
{B.full}
""")

F("de", "ticket", """
Chatverlauf – {DATE}
{TIME} Kunde: hallo, mein paket {TRACKING} ⟦ist nie angekommen|wird als zugestellt angezeigt, ist aber nicht da⟧
{TIME} {B.first}: Hallo! Das tut mir leid. Können Sie mir Ihren Namen und die E-Mail-Adresse der Bestellung nennen?
{TIME2} Kunde: {A.low}, {EMAIL:A}
{TIME2} {B.first}: Danke, {A?Herr:Frau} {A.last}. Das Paket ({ORDER}) wurde laut Zustellnachweis ⟦bei {C?Ihrem Nachbarn:Ihrer Nachbarin} {C.init} abgegeben|von „{C.ULAST}“ unterschrieben⟧, um {TIME3} Uhr.
{TIME3} Kunde: ⟦den namen kenne ich nicht|das ist nicht mein nachbar⟧
{TIME4} {B.first}: Ich leite einen Nachforschungsauftrag ein. ⟦{D.full} aus der Reklamationsabteilung ruft Sie unter {PHONE:A} zurück.|Sie hören innerhalb von 48 Stunden von {D.first}.⟧
""")

F("de", "hr", """
VERTRAULICH – ⟦Mitarbeitergespräch|Jahresgespräch|Probezeitbeurteilung⟧ {YEAR}
{A?Mitarbeiter:Mitarbeiterin}: {A.lcf}, Personalnummer {CUSTNO}
Führungskraft: {B.full}
Personalabteilung: {C.init}

{A.first} hat ⟦die Ziele weitgehend erreicht|ein sehr starkes Jahr hinter sich|sich kontinuierlich verbessert⟧. ⟦{A?Er:Sie} hat im Frühjahr die Kunden in {CITY} von {D.full} übernommen und alle wichtigen Accounts gehalten.|Das Feedback von {D.first} und dem Team ist durchweg positiv.⟧ ⟦Entwicklungsfeld: Delegieren und schriftliches Reporting.|Entwicklungsfeld: Priorisierung in Spitzenzeiten.⟧

⟦Die Prämie von {AMOUNT} wird mit dem nächsten Gehalt auf {IBAN:A} überwiesen.|Gehaltsanpassung um {PCT} % ab {DATE}.⟧ ⟦{NIDN:A:cap} für die Lohnabrechnung: {NID:A}.|⟧
Unterschriften: {B.last} (Führungskraft), {A.last} ({A?Mitarbeiter:Mitarbeiterin})
""")

F("de", "hr", """
Gesprächsnotiz Personalabteilung – {DATE}
Anwesend: {B.full} (HR), {A.full}, {C.full} (Betriebsrat)
Thema: ⟦Rückkehr aus der Elternzeit|Antrag auf Homeoffice|Konflikt im Team⟧

⟦{A.first} möchte künftig zwei Tage pro Woche mobil arbeiten.|{A?Herr:Frau} {A.last} schilderte Probleme in der Zusammenarbeit mit {D.full}.|{A.first} kehrt zum {DATEL} in Teilzeit zurück.⟧ {B.last} erläuterte das weitere Vorgehen. ⟦Schriftliche Antwort an {EMAIL:A} innerhalb von zwei Wochen.|Nächster Termin: {DATEL}.⟧ ⟦Kontakt bevorzugt über {MOBILE:A}.|⟧
⟦Für die Neuberechnung liegt die {NIDN:A} vor: {NID:A}.|⟧
""")

F("de", "cv", """
LEBENSLAUF

{A.full}
{MOBILE:A} · {EMAIL:A} · {CITY}

BERUFSERFAHRUNG
⟦seit 2019|seit 03/2020⟧  ⟦{A?Sachbearbeiter:Sachbearbeiterin} Buchhaltung|{A?Teamleiter:Teamleiterin} Logistik|{A?Softwareentwickler:Softwareentwicklerin}⟧, {COMPANY}, {CITY}
   ⟦Führung eines Teams von sechs Personen, Berichtslinie an {B.full}|Migration der Lohnbuchhaltung auf Version {VERSION}⟧
⟦2014–2019|2015–2020⟧  ⟦Ausbildung {A?zum Kaufmann:zur Kauffrau} für Büromanagement|{A?Werkstudent:Werkstudentin}⟧, {PCOMPANY}

AUSBILDUNG
⟦B.Sc. Wirtschaftsinformatik|Staatsexamen Lehramt|Ausbildung zur Pflegefachkraft⟧, ⟦Universität|Hochschule⟧ {CITY2}

SPRACHEN
Deutsch (Muttersprache), Englisch (C1), ⟦Türkisch|Polnisch|Französisch⟧ (B1)

REFERENZEN
{C.full}, ⟦{C?ehemaliger Vorgesetzter:ehemalige Vorgesetzte}|Abteilungsleitung⟧ – {PHONE:C}
⟦{D.init} – {EMAIL:D}|Auf Anfrage.⟧
""")

F("de", "chat", """
[{TIME}] {A.full}: ⟦Moin zusammen|Guten Morgen ihr Lieben|Servus⟧, ⟦wer übernimmt heute den Call mit dem Kunden in {CITY}?|hat jemand die Zugangsdaten für den Testserver?⟧
[{TIME}] {B.first}: ⟦kann ich machen|ich⟧ ⟦wenn {C.first} mir die Notizen schickt|nach dem Daily⟧
[{TIME2}] {C.full}: ⟦ist raus|schau mal in dein Postfach⟧. Übrigens fragt {D.last} aus der Buchhaltung ⟦nach der Rechnung {INVOICE}|wegen der Erstattung⟧
[{TIME2}] {A.first}: danke! ⟦fyi, laut VPN-Log hängt {B.firstS} Laptop wieder auf {IP:B}, kannst du neu starten?|{D.first} ist bis Montag im Urlaub, Handy {MOBILE:D} nur im Notfall⟧
[{TIME3}] {B.first}: 👍⟦|
[{TIME4}] {B.first}: ach ja, für die Lohnabrechnung: meine {NIDN:B} ist {NID:B}⟧
""")

F("de", "chat", """
[{DATE}, {TIME}] {A.first}: ⟦hallo ihr lieben|hey familie⟧ ⟦wer holt {C.first} morgen von der kita ab?|bleibt es beim essen am sonntag?⟧
[{DATE}, {TIME2}] {B.first}: ⟦ich kann|mach ich⟧ ⟦außer {D.first} hat früher schluss|aber erst ab 17 uhr⟧
[{DATE}, {TIME2}] {D.first}: ⟦muss arbeiten sorry|geht nicht, zahnarzt⟧
[{DATE}, {TIME3}] {A.first}: ok. ⟦übrigens omas neue nummer: {MOBILE:E}|hier meine iban fürs geschenk für opa: {IBAN:A}⟧
[{DATE}, {TIME4}] {B.first}: danke {A.first} ❤️
[{DATE}, {TIME4}] {C.first}: ⟦darf {F.first} auch mitkommen?|{F.firstS} mama hat ja gesagt!!⟧⟦|
[{DATE}, {TIME5}] {D.first}: hat jemand omas SV-Nummer? brauch ich fürs krankenhaus
[{DATE}, {TIME5}] {A.first}: {NID:E:AT_SSN}⟧
""", lower=0.6)

F("de", "invoice", """
{A.full}
⟦{A?Freiberuflicher:Freiberufliche} ⟦{A?Übersetzer:Übersetzerin}|{A?Fotograf:Fotografin}|{A?Webentwickler:Webentwicklerin}⟧|Einzelunternehmen⟧
{EMAIL:A} · {PHONE:A}
⟦USt-IdNr.|Umsatzsteuer-ID⟧: {VAT:A}

{COMPANY}
z. Hd. {B?Herrn:Frau} {B.full}

RECHNUNG Nr. {INVOICE}
Rechnungsdatum: {DATE}

Pos. 1  ⟦Übersetzung Bedienungsanleitung|Fotoreportage vom {DATEA}|Wartung Website⟧   {AMOUNT}
Pos. 2  ⟦Reisekosten|Nutzungsrechte|Hosting⟧   {AMOUNT2}
zzgl. ⟦19|20⟧ % USt.

Zahlbar innerhalb von 14 Tagen ohne Abzug auf: {IBAN:A}⟦ ({A?Kontoinhaber:Kontoinhaberin}: {A.init})|⟧
⟦Vielen Dank für den Auftrag!|Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.⟧
""")

F("de", "invoice", """
{PCOMPANY}
Beleg-Nr. {N6}   {DATE} {TIME}

⟦1 x {PRODUCT}|Reparatur inkl. Material⟧        {AMOUNT}
Kartenzahlung {MASKED}
⟦Es bediente Sie: {B.first}|Kasse 2 – {B.full}⟧
Kundenkarte: {A.init} ({EMAIL:A})
⟦Vielen Dank für Ihren Einkauf!|Umtausch nur mit Bon innerhalb von 14 Tagen.⟧
""")

F("de", "email", """
Von: {B.full} <{EMAIL:B}>
An: {A.full} <{WEMAIL:A}>
Datum: {DATE}
Betreff: AW: ⟦Wohnungsbesichtigung am Samstag|Fahrgemeinschaft zur Tagung|Schlüsselübergabe⟧

⟦Hallo|Hi⟧ {A.first},
⟦Samstag passt mir gut.|Das passt.⟧ ⟦Ich bringe {C.first} mit, {C?mein Mitbewohner:meine Mitbewohnerin}.|{C?Mein Freund:Meine Freundin}, {C.full}, kommt eventuell mit.⟧ ⟦Falls sich was ändert: {MOBILE:B}.|⟧
{B.first}

Am {DATEA} schrieb {A.full}:
> ⟦Hallo {B.first}, passt dir Samstag um 11? Wir könnten uns im Café neben {PCOMPANY} ({STREET}) treffen.|Sehr {B?geehrter Herr:geehrte Frau} {B.last}, hätten Sie Samstag um 11 Uhr Zeit? Treffpunkt vor {PCOMPANY}, {STREET}.⟧
> ⟦Viele Grüße|Beste Grüße⟧, {A.first}
> ⟦{A.full} · {COMPANY} · {MOBILE:A}|Von meinem iPhone gesendet⟧
""")

F("de", "email", """
Betreff: WG: ⟦Reisekostenabrechnung {REF}|Zugang für neue Mitarbeitende|Rechnung {INVOICE}⟧

⟦{B.first}, kannst du dich darum kümmern? Danke, {A.first}|Zur Erledigung. Gruß {A.first}⟧

---------- Weitergeleitete Nachricht ----------
Von: {C.full} <{WEMAIL:C}>
Datum: {DATE}
An: {A.full} <{WEMAIL:A}>

Hallo {A.first},
⟦{D?unser neuer Kollege:unsere neue Kollegin} {D.full} fängt am Montag an und braucht VPN-Zugang. Die private Adresse für die Willkommensunterlagen: {EMAIL:D}.|meine Reisekostenabrechnung für {CITY} ist noch offen – bitte auf {IBAN:C} erstatten.|die Rechnung {INVOICE} wurde doppelt bezahlt. Bitte Gutschrift auf die Karte {CARD:C} oder kurzer Anruf unter {MOBILE:C}.⟧
Viele Grüße
{C.first}
""")

F("de", "police", """
⟦Polizeipräsidium|Polizeiinspektion⟧ {CITY} – ⟦Strafanzeige|Ereignisbericht|Anzeigenaufnahme⟧
Vorgangsnummer: {REF}
Aufgenommen am {DATE}, {TIME} Uhr, durch ⟦POK|PHK|KOK|POM⟧ {B.last}

{A?Anzeigeerstatter:Anzeigeerstatterin}: {A.LF}, erreichbar unter {PHONE:A}
{C?Zeuge:Zeugin}: {C.full}⟦; {D?weiterer Zeuge:weitere Zeugin}: {D.init}|⟧

Sachverhalt: ⟦Am {DATEA} gegen {TIME2} Uhr wurde das Fahrrad {A?des Anzeigeerstatters:der Anzeigeerstatterin} vor {PCOMPANY} ({STREET}) entwendet.|{A?Der Anzeigeerstatter:Die Anzeigeerstatterin} gibt an, von {E?einem Mann:einer Frau}, {A?ihm:ihr} als „{E.first}“ bekannt, vor {PCOMPANY} bedroht worden zu sein.|Nach dem Diebstahl der Geldbörse wurde die Kreditkarte {CARD:A} für Online-Einkäufe von der IP-Adresse {IP:E} aus genutzt.⟧ {C.first} ⟦beobachtete den Vorfall von der Bushaltestelle aus|bestätigte den zeitlichen Ablauf⟧.
⟦Tatverdächtig: {E.full}.|Tatverdächtige Person bislang unbekannt.⟧
⟦Videoaufnahmen bei {COMPANY} angefordert.|Keine Verletzten.⟧
gez. {B.init}
""")

F("de", "medical", """
{HOSPITAL} – Klinik für ⟦Kardiologie|Unfallchirurgie|Innere Medizin⟧
{CITY}, {DATE}

{B?Herrn:Frau} Dr. med. {B.full}
{B?Facharzt:Fachärztin} für Allgemeinmedizin

⟦Entlassbrief|Arztbrief⟧ – {A?Herr:Frau} {A.full}⟦, SV-Nummer: {NID:A:AT_SSN}|, VSNR {NID:A:AT_SSN}|⟧

Sehr {B?geehrter Herr Kollege:geehrte Frau Kollegin} {B.last},

wir berichten über {A?Ihren Patienten:Ihre Patientin} {A.full}, {A?der:die} sich vom {DATEA} bis {DATE} in unserer stationären Behandlung befand.
Diagnose: ⟦Thoraxschmerz, Ausschluss eines akuten Koronarsyndroms. Entlassmedikation: Ramipril 2,5 mg, Atorvastatin 40 mg.|distale Radiusfraktur rechts nach Sturz, operative Versorgung. Wiedervorstellung in der Sprechstunde in zwei Wochen.|ambulant erworbene Pneumonie. Antibiose mit Amoxicillin für sieben Tage.⟧
Die Behandlung erfolgte durch Dr. {C.full}⟦ und {D?unseren Physiotherapeuten:unsere Physiotherapeutin} {D.full}|⟧.
{E?Ansprechpartner:Ansprechpartnerin} für Angehörige: {E.full}, {MOBILE:E}.
⟦{A?Der Patient:Die Patientin} ist unter {PHONE:A} erreichbar.|⟧

Mit freundlichen kollegialen Grüßen
Dr. {F.init}
{F?Oberarzt:Oberärztin}
""")

F("de", "insurance", """
SCHADENMELDUNG – ⟦Kfz-Haftpflicht|Hausrat|Reisegepäck⟧
Versicherungsschein-Nr.: {POLICY}   Schaden-Nr.: {REF}
{A?Versicherungsnehmer:Versicherungsnehmerin}: {A.lcf}
Telefon: {PHONE:A} · E-Mail: {EMAIL:A}
Bankverbindung für die Regulierung: {IBAN:A}

Schadenhergang: ⟦Am {DATE} trat in der darüberliegenden Wohnung von {B.full} Wasser aus; Decke und Möbel wurden beschädigt.|Am {DATE} wurde mein geparktes Auto von {B.full} beim Ausparken beschädigt. {B?Der Unfallgegner:Die Unfallgegnerin} ist erreichbar unter {PHONE:B}.|Am {DATE} wurde mir im Hotel in {CITY} der Koffer gestohlen.⟧
⟦{C?Zeuge:Zeugin}: {C.fi}|{C?Zeuge:Zeugin}: {C.full}|⟧
Geschätzte Schadenhöhe: {AMOUNT}

Ich versichere die Richtigkeit meiner Angaben.
{CITY2}, {DATEL} – {A.full}
---
Sachbearbeitung: {D.full}⟦ – zur Zahlung freigegeben|⟧
""")

F("de", "school", """
{SCHOOL} – ⟦Elternbrief|Informationen für die Eltern⟧

Liebe Eltern,
⟦unser Ausflug ins Naturkundemuseum findet am {DATE} statt.|das Sommerfest findet am {DATE} statt.⟧ ⟦Bitte geben Sie die unterschriebene Einverständniserklärung bis Freitag bei {B?Herrn:Frau} {B.last} ab.|Die Abschnitte bitte im Sekretariat bei {B.first} abgeben.⟧
⟦Herzlichen Glückwunsch an {C.full} und {D.first} zum Sieg beim Lesewettbewerb!|Wir gratulieren {C.first} und {D.first} zum Seepferdchen.⟧
⟦{E.firstS} Mutter, {F.full}, begleitet uns als Aufsicht – vielen Dank!|Wir begrüßen Frau {F.last} als neue Schulbegleiterin.⟧
Bei Fragen: ⟦{G.full}, {WEMAIL:G}|sprechen Sie {G?Herrn:Frau} {G.last} gern beim Abholen an⟧.

Mit freundlichen Grüßen
{G.full}
""", people={"F": "f fam=E"})

F("de", "social", """
⟦★☆☆☆☆ ⟦Finger weg!|Enttäuschend⟧ – {PCOMPANY}, {CITY}
Bewertung von {A.fi} · {DATE}
⟦Bestellung {ORDER} kam kaputt an, eine Erstattung wurde verweigert.|Für eine kleine Reparatur zwei Stunden gewartet, danach war nichts repariert.⟧ {B?Der Filialleiter:Die Filialleiterin}, {B.first}, war ausgesprochen unfreundlich. Nie wieder.

Antwort des Inhabers: Hallo {A.first}, das tut uns leid, wir haben Ihr Feedback an das Team weitergegeben. – {D.full}|★★★★★ ⟦Top Service|Absolut empfehlenswert⟧ – {PCOMPANY}, {CITY}
Bewertung von {A.fi} · {DATE}
⟦Zum 70. Geburtstag meiner Mutter war alles perfekt.|Schnell, freundlich, faire Preise.⟧ {B.first} an der Theke hat alles in fünf Minuten geregelt. ⟦Ein großes Lob an {C.full}!|Danke auch an {C.first}!⟧

Antwort des Inhabers: Danke, {A.first}! {C.first} wird sich freuen. – {D.first}, {D?Inhaber:Inhaberin}⟧
""")

F("de", "social", """
⟦GEFUNDEN|VERLOREN⟧: ⟦schwarze Geldbörse|Schlüsselbund mit rotem Anhänger|blauer Rucksack⟧ ⟦heute Morgen|gestern Abend⟧ Nähe {STREET}. ⟦Im Portemonnaie steckt ein Bibliotheksausweis auf den Namen {A.UP}.|Auf dem Anhänger steht „{A.fi}“.⟧ ⟦Bitte per SMS an {MOBILE:B} melden.|Meldet euch per PN oder unter {MOBILE:B}.⟧ #{CITY}

Kommentare
{C.full}: ⟦ich glaube, das ist {A.first} vom Bäcker!|geteilt 👍⟧
{B.full}: ⟦hat sich erledigt, danke euch!|noch keine Rückmeldung…⟧
""")

F("de", "minutes", """
Protokoll der ⟦Eigentümerversammlung|Vorstandssitzung des Fördervereins|Mitgliederversammlung⟧ vom {DATE}
Ort: ⟦Gemeindesaal, {STREET}|Besprechungsraum, {COMPANY}|Videokonferenz⟧
Anwesend: {A.full} (Vorsitz), {B.full}, {C.init}, {D.full}⟦, {E.full}|⟧
Entschuldigt: {F.full}
Protokoll: {G.full}

TOP 1 ⟦Genehmigung des letzten Protokolls – einstimmig angenommen.|Begrüßung und Feststellung der Beschlussfähigkeit.⟧
TOP 2 ⟦Kassenbericht: {B.last} berichtet über einen Kontostand von {AMOUNT}; Beiträge bitte auf das Konto {B?des Kassenwarts:der Kassenwartin} {IBAN:B} überweisen.|Haushalt: {B.first} stellt die Zahlen für das 3. Quartal vor (Rechnung {INVOICE} noch offen).⟧
TOP 3 ⟦{C.last} spricht die Parksituation vor der Schule ({SCHOOL}) an.|{D.first} holt Angebote von {COMPANY} für die Sanierung ein.⟧
TOP 4 ⟦Verschiedenes: {A.first} dankt {E.first} für die Organisation des Sommerfests.|Nächste Sitzung am {DATEL}.⟧
Aufgaben: {D.last} – Angebote bis {DATEL}; {C.init} – Schreiben an die Stadt.
""")

F("de", "court", """
Amtsgericht {CITY}
Geschäftszeichen: {N2} C {N3}/24

⟦Ladung zum Termin|Terminsbestimmung⟧

In dem Rechtsstreit
{A.full} – {A?Kläger:Klägerin} –
Prozessbevollmächtigt: {D?Rechtsanwalt:Rechtsanwältin} {D.full}
gegen
⟦{B.full} – {B?Beklagter:Beklagte} –|{B.full} und {C.full} – Beklagte –⟧

wegen ⟦Räumung und Herausgabe der Mietwohnung|Zahlung rückständiger Miete ({AMOUNT})⟧

wird Termin zur mündlichen Verhandlung bestimmt auf {DATE}, {TIME} Uhr, Saal ⟦1.12|E 05|214⟧.
⟦Das persönliche Erscheinen der Parteien wird angeordnet.|⟧ ⟦Zahlungen sind auf das Konto {A?des Klägers:der Klägerin} {IBAN:A} zu leisten.|⟧

{E?Richter am Amtsgericht:Richterin am Amtsgericht} {E.last}
Ausgefertigt: {F.init}, Justizbeschäftigte
""")

F("de", "newsletter", """
⟦{COMPANY} intern|Mitarbeiter-Newsletter {COMPANY}⟧ – ⟦Frühjahr|Herbst|Winter⟧

⟦Herzlich willkommen|Neu an Bord⟧: ⟦{A.full} verstärkt seit diesem Monat die Buchhaltung, {A?er:sie} kommt von {PCOMPANY}. {B.full} beginnt im IT-Support.|Wir begrüßen {A.full} (Personal) und {B.full} (Lager).⟧
⟦Abschied|Ruhestand⟧: Nach 23 Jahren ⟦geht {C.full} im Juni in den Ruhestand|verlässt uns {C.full}⟧. ⟦Die Karte liegt am Empfang, die Sammlung organisiert {D.first}.|{C.firstS} Abschiedsfeier ist am {DATE}.⟧
⟦Glückwunsch an {E.init} zur bestandenen IHK-Prüfung!|{E?Mitarbeiter:Mitarbeiterin} des Quartals: {E.full}.⟧ ⟦Spendenlauf: {F.first} hat {AMOUNT} für das {HOSPITAL} gesammelt.|⟧
IT-Ecke: ⟦Bitte auf Version {VERSION} aktualisieren – Fragen an {G.full}.|Achtung Phishing: Die IT fragt nie nach Ihrem Passwort.⟧
""")


# =====================================================================================
# Spanish frames (Spain)
# =====================================================================================
F("es", "letter", """
{CITY}, {DATE}

⟦{B?Querido:Querida} {B.first}|Hola, {B.first}|{B?Mi querido:Mi querida} {B.first}⟧:

⟦Te escribo para darte las gracias por el fin de semana en el pueblo.|¡Cuánto tiempo sin escribirte!|Muchas gracias otra vez por acogernos en {CITY2}.⟧ ⟦Los niños siguen hablando de la excursión, sobre todo {C.first}.|A {C.first} le encantó el paseo por el río.⟧ ⟦¿Sabes a quién me encontré en la puerta de {PCOMPANY}? ¡A {D.full}! Está igual que siempre.|El otro día vi a {D.first} {D.last1} en el mercado y me preguntó por ti.⟧

⟦Por cierto, tengo número nuevo: {MOBILE:A}.|Apunta mi móvil nuevo: {MOBILE:A}.⟧ ⟦Para el regalo de {E.first}, puedes hacerme la transferencia a mi cuenta {IBAN:A}.|⟧

⟦Un abrazo muy fuerte|Besos a todos|Un beso⟧,
{A.first}
""")

F("es", "letter", """
{A.full}
{NIDN:A}: {NID:A}
Tel.: {PHONE:A} · {EMAIL:A}

A la atención de {COMPANY}
Departamento de Atención al Cliente

{CITY}, {DATE}

Asunto: ⟦solicitud de baja del contrato n.º {POLICY}|baja del servicio – contrato {POLICY}⟧

⟦Muy señores míos|Estimados señores⟧:

Por medio de la presente les comunico mi decisión de ⟦dar de baja|cancelar⟧ ⟦el contrato|el servicio⟧ arriba indicado con efectos ⟦a partir del {DATE2}|a la mayor brevedad⟧. ⟦Les ruego que el saldo pendiente se abone en mi cuenta {IBAN:A}.|Les ruego que dejen de cargar recibos en la cuenta {IBAN:A}.⟧ ⟦Mi pareja, {B.full}, cotitular del contrato, está de acuerdo con esta solicitud.|⟧

Atentamente,

{A.full}
""")

F("es", "complaint", """
{A.full}
{EMAIL:A}

Asunto: Reclamación – ⟦pedido {ORDER}|expediente {REF}|factura {INVOICE}⟧

⟦Estimados señores|Buenos días⟧:

El {DATE} realicé el pedido {ORDER} (artículo: {PRODUCT}). ⟦El paquete nunca llegó.|El aparato llegó defectuoso.⟧ ⟦Su agente, {B.first}, me prometió una llamada en 48 horas; nadie me llamó.|Por teléfono, el Sr. {B.last1} me aseguró que el problema era de la empresa de transporte.⟧ ⟦Después, otra agente, {C.init}, me dijo justo lo contrario.|⟧

Solicito ⟦el reembolso íntegro|la sustitución del producto⟧ en un plazo de quince días, ⟦mediante transferencia a la cuenta {IBAN:A}|en la tarjeta utilizada en la compra ({MASKED})⟧. En caso contrario, presentaré una reclamación ⟦ante la Oficina Municipal de Información al Consumidor|en la hoja de reclamaciones oficial⟧.

⟦Pueden contactarme en el {PHONE:A}.|Mi teléfono de contacto: {PHONE:A}.⟧

{A.full}
{NIDN:A} {NID:A}
""", people={"B": "m", "C": "f"})

F("es", "complaint", """
{COMPANY}
A la atención de {B?D.:D.ª} {B.full}

{CITY}, {DATE}

Asunto: ruidos ⟦en el 3.º B|del piso de arriba⟧

{B?Estimado Sr.:Estimada Sra.} {B.last1}:

Desde hace ⟦varias semanas|principios de mes⟧ sufrimos ruidos ⟦casi a diario|de madrugada⟧ procedentes de la vivienda de {C?don:doña} {C.full}. ⟦Hablé personalmente con {C?él:ella}, sin ningún resultado.|También {D.full}, del bajo, se ha quejado ya.⟧ Le ruego que tome medidas cuanto antes.

Quedo a su disposición en el {MOBILE:A}⟦ o en {EMAIL:A}|⟧.

Un cordial saludo,
{A.full}
""")

F("es", "ticket", """
Incidencia n.º {TICKET} – ⟦Prioridad: alta|Estado: abierta|Categoría: facturación⟧
De: {A.full} <{EMAIL:A}>
Asunto: ⟦No puedo acceder a mi cuenta|Cobro duplicado|El router se reinicia constantemente⟧

Hola:
⟦Desde la actualización a la versión {VERSION} no puedo entrar en el área de clientes.|Desde el {DATE} la conexión se corta cada diez minutos.⟧ ⟦El mensaje de error habla de un acceso sospechoso desde la IP {IP:A}, pero es la de mi casa.|El técnico me pidió que les enviara mi dirección IP: {IP:A}.⟧ ⟦Por favor, llámenme al {PHONE:A}.|Estoy disponible por las tardes en el {PHONE:A}.⟧⟦ El cobro duplicado se hizo en mi tarjeta {CARD:A}.|⟧
Un saludo,
{A.first} {A.last}

--- Respuesta de {B.first} (Atención al Cliente, {COMPANY}) ---
Buenos días, {A?Sr.:Sra.} {A.last1}:
⟦Hemos recibido su solicitud.|Gracias por su paciencia.⟧ ⟦He desbloqueado su cuenta y he pasado el caso a {C.full}, del departamento de facturación.|{C?Un técnico, el Sr.:Una técnica, la Sra.} {C.last1}, pasará el {DATEL} entre las 8:00 y las 12:00.⟧ ⟦¿El acceso desde {IP6:A} también fue suyo?|⟧
Atentamente,
{B.full}
""")

F("es", "ticket", """
Chat con Atención al Cliente – {DATE}
{TIME} Cliente: hola, mi paquete {TRACKING} ⟦no ha llegado nunca|aparece como entregado pero no lo tengo⟧
{TIME} {B.first}: ¡Hola! Siento las molestias. ¿Me indica su nombre completo y el correo del pedido?
{TIME2} Cliente: {A.low}, {EMAIL:A}
{TIME2} {B.first}: Gracias, {A.first}. Según el justificante, el paquete ({ORDER}) ⟦se entregó a {C?su vecino:su vecina}, {C.init},|lo firmó «{C.ULAST}»⟧ a las {TIME3}.
{TIME3} Cliente: ⟦no conozco a nadie con ese nombre|ese no es mi vecino⟧
{TIME4} {B.first}: Abro una investigación. ⟦{D.full}, del departamento de incidencias, le llamará al {PHONE:A}.|En 48 horas le contactará {D.first}.⟧
""")

F("es", "hr", """
CONFIDENCIAL – ⟦Evaluación del desempeño|Entrevista anual|Informe de fin de periodo de prueba⟧ {YEAR}
{A?Empleado:Empleada}: {A.LF} – n.º de empleado {CUSTNO}
Responsable: {B.full}
RR. HH.: {C.init}

{A.first} ⟦ha cumplido la mayoría de sus objetivos|ha tenido un año excelente|ha progresado de forma constante⟧. ⟦En primavera asumió la cartera de clientes de {D.full} en {CITY} sin perder ninguna cuenta importante.|Los comentarios de {D.first} y del resto del equipo son muy positivos.⟧ ⟦Área de mejora: delegar y documentar por escrito.|Área de mejora: priorización en los cierres mensuales.⟧

⟦El bonus de {AMOUNT} se abonará en la nómina, en la cuenta {IBAN:A}.|Subida salarial del {PCT} % a partir del {DATE}.⟧ ⟦Datos para nómina actualizados ({NIDN:A}: {NID:A}).|⟧
Firmas: {B.last1} (responsable) – {A.last1} ({A?empleado:empleada})
""")

F("es", "hr", """
Nota de RR. HH. – {DATE}
Asistentes: {B.full} (RR. HH.), {A.full}, {C.full} (⟦{C?delegado:delegada} sindical|comité de empresa⟧)
Asunto: ⟦solicitud de teletrabajo|reincorporación tras permiso por nacimiento|conflicto en el equipo⟧

⟦{A.first} solicita teletrabajar dos días por semana.|{A?El Sr.:La Sra.} {A.last1} expuso los problemas de coordinación con {D.full}.|{A.first} se reincorpora el {DATEL} con reducción de jornada.⟧ {B.first} explicó el procedimiento y los plazos. ⟦Respuesta por escrito en quince días a {EMAIL:A}.|Próxima reunión: {DATEL}.⟧ ⟦Teléfono de contacto preferente: {MOBILE:A}.|⟧
""")

F("es", "cv", """
{A.UP}
{MOBILE:A} · {EMAIL:A} · {CITY}

PERFIL
⟦Contable|{A?Desarrollador:Desarrolladora} de software|{A?Enfermero:Enfermera}|{A?Técnico:Técnica} de logística⟧ con ⟦ocho|cinco|doce⟧ años de experiencia ⟦en el sector público y privado|en España y Portugal⟧.

EXPERIENCIA
⟦2019|2020⟧ – actualidad: ⟦Responsable de contabilidad|{A?Jefe:Jefa} de equipo|{A?Consultor:Consultora}⟧, {COMPANY}, {CITY}
  · ⟦Coordinación de un equipo de seis personas; reportaba a {B.full}.|Migración del software de nóminas a la versión {VERSION}.⟧
⟦2014|2015⟧ – ⟦2019|2020⟧: ⟦{A?Auxiliar administrativo:Auxiliar administrativa}|{A?Becario:Becaria}⟧, {PCOMPANY}

FORMACIÓN
⟦Grado en ADE|Grado en Ingeniería Informática|Grado en Enfermería⟧, Universidad de {CITY2}

IDIOMAS: inglés (C1), ⟦francés|portugués|catalán⟧ (B2)

REFERENCIAS
{C.full}, ⟦{C?antiguo responsable:antigua responsable}|{C?director:directora} de oficina⟧ – {PHONE:C}
⟦{D.init} – {EMAIL:D}|Disponibles a petición.⟧
""")

F("es", "chat", """
[{TIME}] {A.full}: ⟦Buenos días a todos|Hola, equipo⟧, ⟦¿quién se encarga hoy de la llamada con el cliente de {CITY}?|¿alguien tiene las claves del servidor de pruebas?⟧
[{TIME}] {B.first}: ⟦yo me encargo|puedo yo⟧ ⟦si {C.first} me pasa las notas|después de la daily⟧
[{TIME2}] {C.full}: ⟦enviado|mira tu correo⟧. Por cierto, {D.last1} de contabilidad ⟦pregunta por la factura {INVOICE}|pregunta por el reembolso⟧
[{TIME2}] {A.first}: ¡gracias! ⟦ojo, el log de la VPN muestra otra vez el portátil de {B.first} en {IP:B}, ¿puedes reiniciarlo?|{D.first} está de vacaciones hasta el lunes, su móvil es el {MOBILE:D}, solo si es urgente⟧
[{TIME3}] {B.first}: 👍⟦|
[{TIME4}] {B.first}: por cierto, para la nómina mi {NIDN:B} es {NID:B}⟧
""")

F("es", "chat", """
[{DATE} {TIME}] {A.first}: ⟦hola familia|buenas a todos⟧ ⟦¿quién recoge mañana a {C.first} del cole?|¿sigue en pie la comida del domingo?⟧
[{DATE} {TIME2}] {B.first}: ⟦yo puedo|voy yo⟧ ⟦salvo que {D.first} salga antes|pero a partir de las 5⟧
[{DATE} {TIME2}] {D.first}: ⟦trabajo, lo siento|no puedo, tengo dentista⟧
[{DATE} {TIME3}] {A.first}: vale. ⟦por cierto, el móvil nuevo de la abuela es {MOBILE:E}|os paso mi cuenta para el regalo del abuelo: {IBAN:A}⟧
[{DATE} {TIME4}] {B.first}: gracias {A.first} ❤️
[{DATE} {TIME4}] {C.first}: ⟦¿puede venir {F.first} también?|¡¡la madre de {F.first} dice que sí!!⟧⟦|
[{DATE} {TIME5}] {D.first}: ¿alguien tiene el {NIDN:E} de la abuela? lo piden en el hospital
[{DATE} {TIME5}] {A.first}: {NID:E}⟧
""", lower=0.6)

F("es", "invoice", """
FACTURA N.º {INVOICE}
Fecha: {DATE}

{A.full}⟦ – ⟦{A?traductor:traductora}|{A?fotógrafo:fotógrafa}|{A?diseñador:diseñadora} web⟧ {A?autónomo:autónoma}|⟧
NIF-IVA: {VAT:A}
{EMAIL:A} · {PHONE:A}

Cliente:
{COMPANY}
A la atención de {B?D.:D.ª} {B.full}

Concepto                                   Importe
⟦Traducción de manual técnico|Reportaje fotográfico del {DATEA}|Mantenimiento web, 2.º trimestre⟧   {AMOUNT}
⟦Desplazamientos|Derechos de uso|Alojamiento⟧   {AMOUNT2}
IVA 21 %⟦   Retención IRPF 15 %|⟧

Forma de pago: transferencia a {IBAN:A}⟦ (titular: {A.full})|⟧.
⟦Gracias por su confianza.|Vencimiento a 30 días.⟧
""")

F("es", "invoice", """
{PCOMPANY}
Ticket n.º {N6} – {DATE} {TIME}

⟦1 x {PRODUCT}|Reparación + mano de obra⟧        {AMOUNT}
Pago con tarjeta {MASKED}
⟦Le atendió: {B.first}|Caja 2 – {B.full}⟧
Tarjeta de cliente: {A.init} ({EMAIL:A})
⟦¡Gracias por su visita!|Cambios en 30 días con el ticket.⟧
""")

F("es", "email", """
De: {B.full} <{EMAIL:B}>
Para: {A.full} <{WEMAIL:A}>
Fecha: {DATE}
Asunto: RE: ⟦visita al piso el sábado|compartir coche para el congreso|entrega de llaves⟧

⟦Hola|Buenas⟧, {A.first}:
⟦El sábado me viene perfecto.|Sin problema.⟧ ⟦Iré con {C.first}, {C?mi compañero:mi compañera} de piso.|Puede que venga también mi pareja, {C.full}.⟧ ⟦Si hay algún cambio, mi móvil es el {MOBILE:B}.|⟧
{B.first}

El {DATEA}, {A.full} escribió:
> ⟦Hola, {B.first}, ¿te va bien el sábado a las 11? Podemos quedar en la cafetería de al lado de {PCOMPANY} ({STREET}).|{B?Estimado Sr.:Estimada Sra.} {B.last1}, ¿le vendría bien el sábado a las 11 delante de {PCOMPANY} ({STREET})?⟧
⟦> Para el contrato te paso mi {NIDN:A}: {NID:A}.
|⟧> ⟦Un saludo|Saludos⟧, {A.first}
> ⟦{A.full} · {COMPANY} · {MOBILE:A}|Enviado desde mi iPhone⟧
""")

F("es", "email", """
Asunto: RV: ⟦nota de gastos {REF}|alta de nueva incorporación|factura {INVOICE}⟧

⟦{B.first}, ¿puedes encargarte? Gracias, {A.first}|Para gestionar. {A.first}⟧

---------- Mensaje reenviado ----------
De: {C.full} <{WEMAIL:C}>
Fecha: {DATE}
Para: {A.full} <{WEMAIL:A}>

Hola, {A.first}:
⟦{D?Nuestro nuevo compañero:Nuestra nueva compañera}, {D.full}, empieza el lunes y necesita acceso a la VPN. Su correo personal para el manual de bienvenida: {EMAIL:D}.|Mi nota de gastos del viaje a {CITY} sigue pendiente; el reembolso va a {IBAN:C}.|La factura {INVOICE} se pagó dos veces: por favor, devolvedlo a la tarjeta {CARD:C} o llamadme al {MOBILE:C}.⟧
Un saludo,
{C.first}
""")

F("es", "police", """
⟦DENUNCIA|ATESTADO|PARTE DE INTERVENCIÓN⟧ n.º {REF}
⟦Policía Nacional – Comisaría de {CITY}|Policía Local de {CITY}|Guardia Civil – Puesto de {CITY}⟧

En {CITY}, a {DATE}, siendo las {TIME} horas, comparece ante {B?el agente:la agente} {B.full} {A?don:doña} {A.full}, con {NIDN:A} {NID:A} y teléfono {PHONE:A}, quien manifiesta:
Que ⟦el día {DATEA}, sobre las {TIME2}, le sustrajeron la bicicleta frente a {PCOMPANY} ({STREET})|{E?un individuo al que conoce como:una mujer a la que conoce como} «{E.first}» le amenazó a la salida de {PCOMPANY}|tras el robo de su cartera, su tarjeta {CARD:A} fue utilizada para compras por internet desde la IP {IP:E}⟧.
Que ⟦{C?su vecino:su vecina}, {C.full}, presenció los hechos|{C.full} estaba presente y puede confirmarlo⟧.
⟦La persona denunciada sería {E.full}.|Se desconoce la identidad del autor.⟧
Leída la presente, {A?el compareciente:la compareciente} la firma en prueba de conformidad.
Fdo.: {F.init}, instructor de las diligencias
""")

F("es", "medical", """
{HOSPITAL} – Servicio de ⟦Cardiología|Traumatología|Medicina Interna⟧
INFORME DE ALTA

Paciente: {A.LF}   {NIDN:A}: {NID:A}
⟦Teléfono de contacto: {PHONE:A}|⟧
Fecha de ingreso: {DATEA}   Fecha de alta: {DATE}
Médico de atención primaria: {B?Dr.:Dra.} {B.full}

Motivo de ingreso: ⟦dolor torácico. ECG y troponinas normales. Tratamiento al alta: ramipril 2,5 mg, atorvastatina 40 mg.|caída con fractura de radio distal derecho, tratada mediante osteosíntesis. Revisión en consultas externas en dos semanas.|neumonía adquirida en la comunidad. Amoxicilina durante siete días.⟧
{A?El paciente:La paciente} fue {A?valorado:valorada} por {C?el Dr.:la Dra.} {C.full}⟦ y por {D?el fisioterapeuta:la fisioterapeuta} {D.full}|⟧.
Persona de contacto: {E.full} ({MOBILE:E}).

Fdo.: {F?Dr.:Dra.} {F.init}
⟦Facultativo especialista de área|{F?Jefe:Jefa} de servicio⟧
""")

F("es", "insurance", """
DECLARACIÓN DE SINIESTRO – ⟦automóvil|hogar|viaje⟧
Póliza n.º {POLICY} – Siniestro n.º {REF}
{A?Tomador:Tomadora}: {A.lcf}
Teléfono: {PHONE:A} · Correo: {EMAIL:A}
Cuenta para la indemnización: {IBAN:A}

Descripción: ⟦el {DATE}, una fuga de agua procedente del piso de arriba, ocupado por {B.full}, dañó el techo y los muebles.|el {DATE}, {B.full} golpeó mi coche aparcado al maniobrar; su teléfono es el {PHONE:B}. Rellenamos el parte amistoso.|el {DATE} me robaron la maleta en el hotel, en {CITY}.⟧
⟦Testigo: {C.fi}.|Testigo: {C.full}.|⟧
Importe estimado: {AMOUNT}

{A?El abajo firmante:La abajo firmante}, {A.full}, declara que los datos anteriores son ciertos.
En {CITY2}, a {DATEL}.
---
Tramitación: {D.full}⟦ – aprobado para pago|⟧
""")

F("es", "school", """
{SCHOOL} – ⟦Comunicado a las familias|Circular⟧ – ⟦1.º de Primaria|3.º B|Infantil 5 años⟧

Estimadas familias:
⟦La excursión al Museo de Ciencias será el {DATE}.|La fiesta de fin de curso se celebrará el {DATE}.⟧ ⟦Por favor, entreguen la autorización firmada {B?al profesor:a la profesora} {B.full} antes del viernes.|Las autorizaciones se entregan en secretaría, a {B.first}.⟧
⟦¡Enhorabuena a {C.full} y a {D.first}, ganadores del concurso de lectura!|Felicitamos a {C.first} y {D.first} por su diploma de natación.⟧
⟦La madre de {E.first}, {F.full}, nos acompañará en la salida. ¡Muchas gracias!|Damos la bienvenida a {F.full}, nueva auxiliar de apoyo.⟧
Para cualquier duda: ⟦{G.full}, {G?tutor:tutora}, {WEMAIL:G}|pueden hablar con {G?el tutor:la tutora}, {G.first}, a la salida⟧.
""", people={"F": "f"})

F("es", "social", """
⟦★☆☆☆☆ ⟦¡Evitad este sitio!|Decepcionante⟧ – {PCOMPANY}, {CITY}
Reseña de {A.fi} · {DATE}
⟦El pedido {ORDER} llegó roto y no hubo forma de conseguir el reembolso.|Fui para una reparación rápida y salí dos horas después sin solución.⟧ {B?El encargado:La encargada}, {B.first}, fue muy borde. No vuelvo.

Respuesta del propietario: Hola, {A.first}, sentimos mucho lo ocurrido; hemos trasladado su comentario al equipo. – {D.full}|★★★★★ ⟦Trato excelente|¡Muy recomendable!⟧ – {PCOMPANY}, {CITY}
Reseña de {A.fi} · {DATE}
⟦Celebramos los 70 de mi madre y todo fue perfecto.|Rápidos, amables y a buen precio.⟧ {B.first}, en el mostrador, lo solucionó todo en cinco minutos. ⟦¡Un diez para {C.full}!|Gracias también a {C.first}.⟧

Respuesta del propietario: ¡Gracias, {A.first}! {C.first} estará {C?encantado:encantada}. – {D.first}, {D?propietario:propietaria}⟧
""")

F("es", "social", """
⟦ENCONTRADO|PERDIDO⟧: ⟦cartera negra|llavero con un colgante rojo|mochila azul⟧ ⟦esta mañana|ayer por la tarde⟧ cerca de {STREET}. ⟦Dentro hay un carné de la biblioteca a nombre de {A.UP}.|En el llavero pone «{A.fi}».⟧ ⟦Si es tuyo, mándame un whatsapp al {MOBILE:B}.|Escribidme por privado o al {MOBILE:B}.⟧ #{CITY}

Comentarios
{C.full}: ⟦¡creo que es {A.first}, {A?el:la} de la panadería!|compartido 👍⟧
{B.full}: ⟦¡ya apareció, gracias a todos!|sigo sin noticias…⟧
""")

F("es", "minutes", """
ACTA DE LA ⟦JUNTA ORDINARIA DE PROPIETARIOS|REUNIÓN DE LA ASOCIACIÓN DE VECINOS|REUNIÓN DEL AMPA⟧ – {DATE}
Lugar: ⟦local social, {STREET}|oficinas de {COMPANY}|videoconferencia⟧
Asistentes: {A.full} ({A?presidente:presidenta}), {B.full}, {C.init}, {D.full}⟦, {E.full}|⟧
Excusa su asistencia: {F.full}
{G?Secretario:Secretaria}: {G.full}

1. ⟦Lectura y aprobación del acta anterior: aprobada por unanimidad.|Ruegos y preguntas: se aplazan.⟧
2. ⟦Cuentas: {B.last1} informa de un saldo de {AMOUNT}; las cuotas deben ingresarse en la cuenta {B?del tesorero:de la tesorera}, {IBAN:B}.|Presupuesto: {B.first} presenta las cuentas del tercer trimestre (factura {INVOICE} pendiente).⟧
3. ⟦{C.last1} plantea el problema de aparcamiento frente al colegio ({SCHOOL}).|{D.first} pedirá presupuestos a {COMPANY} para las obras.⟧
4. ⟦{A.first} agradece a {E.first} la organización de la fiesta del barrio.|Próxima reunión: {DATEL}.⟧
Tareas: {D.last1} – presupuestos antes del {DATEL}; {C.init} – escrito al ayuntamiento.
""")

F("es", "court", """
Juzgado de Primera Instancia n.º {N1} de {CITY}
Procedimiento: ⟦juicio verbal de desahucio por falta de pago|juicio verbal|procedimiento ordinario⟧ {N3}/2024

CÉDULA DE CITACIÓN

Demandante: {A.full}
{D?Procurador:Procuradora}: {D.full}
⟦{B?Demandado:Demandada}: {B.full}|Demandados: {B.full} y {C.full}⟧

Se cita a las partes a la vista que tendrá lugar el {DATE} a las {TIME} horas en la Sala ⟦3|12|B⟧ de este Juzgado.
⟦Consta en autos que el contrato de arrendamiento se firmó el {DATEA} y que la deuda asciende a {AMOUNT}.|⟧ ⟦Se le apercibe de que, si no comparece, se le declarará en rebeldía.|Deberá comparecer con abogado y procurador.⟧

{E?El Letrado:La Letrada} de la Administración de Justicia: {E.full}
""")

F("es", "newsletter", """
⟦Boletín interno de {COMPANY}|{COMPANY} al día⟧ – ⟦primavera|otoño|invierno⟧

⟦¡Bienvenidos!|Nuevas incorporaciones:⟧ ⟦{A.full} se incorpora al departamento financiero procedente de {PCOMPANY}; {B.full} empieza en soporte informático.|Damos la bienvenida a {A.full} (RR. HH.) y a {B.full} (almacén).⟧
⟦Despedida|Jubilación⟧: tras 23 años en la casa, {C.full} ⟦se jubila en junio|nos deja⟧. ⟦Hay una tarjeta en recepción; {D.first} se encarga del regalo.|La despedida de {C.first} será el {DATE}.⟧
⟦Enhorabuena a {E.init} por aprobar las oposiciones.|{E.full}, {E?empleado:empleada} del trimestre.⟧ ⟦Carrera solidaria: {F.first} recaudó {AMOUNT} para el {HOSPITAL}.|⟧
Rincón informático: ⟦actualizad a la versión {VERSION}; dudas, a {G.full}.|cuidado con el phishing: informática nunca os pedirá la contraseña.⟧
""")


# =====================================================================================
# Italian frames
# =====================================================================================
F("it", "letter", """
{CITY}, {DATE}

⟦{B?Caro:Cara} {B.first}|Ciao {B.first}|{B?Carissimo:Carissima} {B.first}⟧,

⟦ti scrivo per ringraziarti ancora del fine settimana in campagna.|quanto tempo che non ti scrivo!|grazie ancora per l'ospitalità a {CITY2}.⟧ ⟦I bambini ne parlano ancora, soprattutto {C.first}.|{C.first} ha adorato la gita al lago.⟧ ⟦Indovina chi ho incontrato davanti a {PCOMPANY}? {D.full}! È {D?rimasto:rimasta} tale e quale.|L'altro giorno ho visto {D.first} {D.last} al mercato, ti saluta tanto.⟧

⟦Ho cambiato numero, il nuovo è {MOBILE:A}.|Segnati il mio nuovo cellulare: {MOBILE:A}.⟧ ⟦Per il regalo di {E.first} puoi farmi il bonifico sul conto {IBAN:A}.|⟧

⟦Un abbraccio forte|Baci a tutti|Un bacione⟧,
{A.first}
""")

F("it", "letter", """
{A.full}
C.F. {NID:A}
Tel. {PHONE:A} – {EMAIL:A}

Spett.le {COMPANY}
Ufficio Clienti

{CITY}, {DATE}

Oggetto: ⟦disdetta del contratto n. {POLICY}|recesso dal contratto {POLICY}⟧
⟦Raccomandata A/R|Inviata tramite PEC⟧

Con la presente comunico la mia volontà di ⟦recedere dal contratto|disdire l'abbonamento⟧ in oggetto ⟦con decorrenza {DATE2}|alla prima scadenza utile⟧. ⟦Vi prego di rimborsare l'eventuale credito residuo sul conto {IBAN:A}.|Vi chiedo di interrompere gli addebiti SEPA sul conto {IBAN:A}.⟧ ⟦{B?Il cointestatario:La cointestataria}, {B.full}, è d'accordo con la presente richiesta.|⟧

Distinti saluti,
{A.full}
""")

F("it", "complaint", """
{A.full}
{EMAIL:A}

Oggetto: reclamo – ⟦ordine {ORDER}|pratica {REF}|fattura {INVOICE}⟧

⟦Spettabile Servizio Clienti|Gentili signori⟧,

in data {DATE} ho effettuato l'ordine {ORDER} (articolo: {PRODUCT}). ⟦Il pacco non è mai arrivato.|Il prodotto consegnato era difettoso.⟧ ⟦Il vostro operatore, {B.first}, mi aveva promesso una richiamata entro 48 ore: nessuno mi ha {A?richiamato:richiamata}.|Al telefono il sig. {B.last} mi ha assicurato che il problema era del corriere.⟧ ⟦Successivamente un'altra operatrice, {C.init}, mi ha detto l'esatto contrario.|⟧

Chiedo ⟦il rimborso integrale|la sostituzione del prodotto⟧ entro quindici giorni, ⟦tramite bonifico sul conto {IBAN:A}|sulla carta usata per l'acquisto ({MASKED})⟧. In mancanza, mi rivolgerò ⟦a un'associazione dei consumatori|al giudice di pace⟧.

⟦Potete contattarmi al {PHONE:A}.|Recapito telefonico: {PHONE:A}.⟧

{A.LF}
""", people={"B": "m", "C": "f"})

F("it", "complaint", """
Spett.le {COMPANY}
Alla c.a. {B?del sig.:della sig.ra} {B.full}

{CITY}, {DATE}

Oggetto: rumori molesti ⟦dall'appartamento al 3° piano|nelle ore notturne⟧

{B?Egregio signor:Gentile signora} {B.last},

da ⟦diverse settimane|inizio mese⟧ si verificano ⟦quasi ogni sera|dopo le 23⟧ rumori molto forti provenienti dall'appartamento {C?del sig.:della sig.ra} {C.full}. ⟦Ho provato a parlarne direttamente con {C?lui:lei}, senza risultato.|Anche {D.full}, del piano terra, si è già {D?lamentato:lamentata}.⟧ La prego di intervenire al più presto.

Resto a disposizione al {MOBILE:A}⟦ o all'indirizzo {EMAIL:A}|⟧.

Cordiali saluti,
{A.full}
""")

F("it", "ticket", """
Ticket n. {TICKET} – ⟦Priorità: alta|Stato: aperto|Categoria: fatturazione⟧
Da: {A.full} <{EMAIL:A}>
Oggetto: ⟦Impossibile accedere all'area clienti|Doppio addebito|Il modem si riavvia di continuo⟧

Buongiorno,
⟦dopo l'aggiornamento alla versione {VERSION} non riesco più ad accedere.|dal {DATE} la connessione cade ogni dieci minuti.⟧ ⟦Il messaggio di errore segnala un accesso sospetto dall'IP {IP:A}, che però è quello di casa mia.|Il vostro tecnico mi ha chiesto di comunicarvi il mio indirizzo IP: {IP:A}.⟧ ⟦Vi prego di richiamarmi al {PHONE:A}.|Sono reperibile la sera al {PHONE:A}.⟧⟦ Il doppio addebito è avvenuto sulla carta {CARD:A}.|⟧
Cordiali saluti,
{A.first} {A.last}

--- Risposta di {B.first} (Assistenza clienti {COMPANY}) ---
Gentile {A?sig.:sig.ra} {A.last},
⟦abbiamo ricevuto la sua richiesta.|grazie per la pazienza.⟧ ⟦Ho sbloccato il suo account e inoltrato la pratica a {C.full} dell'ufficio fatturazione.|{C?Il nostro tecnico, il sig.:La nostra tecnica, la sig.ra} {C.last}, passerà il {DATEL} tra le 8 e le 12.⟧ ⟦L'accesso da {IP6:A} era anch'esso suo?|⟧
Cordiali saluti,
{B.full}
""")

F("it", "ticket", """
Chat con l'assistenza – {DATE}
{TIME} Cliente: salve, il mio pacco {TRACKING} ⟦non è mai arrivato|risulta consegnato ma non l'ho ricevuto⟧
{TIME} {B.first}: Buongiorno! Mi dispiace per il disagio. Può indicarmi nome e cognome e l'e-mail dell'ordine?
{TIME2} Cliente: {A.low}, {EMAIL:A}
{TIME2} {B.first}: Grazie, {A.first}. Dalla prova di consegna il pacco ({ORDER}) ⟦è stato lasciato {C?al vicino:alla vicina}, {C.init},|risulta firmato da «{C.ULAST}»⟧ alle {TIME3}.
{TIME3} Cliente: ⟦non conosco nessuno con quel nome|non è un mio vicino⟧
{TIME4} {B.first}: Apro una segnalazione. ⟦{D.full} dell'ufficio reclami la richiamerà al {PHONE:A}.|Entro 48 ore la ricontatterà {D.first}.⟧
""")

F("it", "hr", """
RISERVATO – ⟦Colloquio di valutazione annuale|Valutazione delle prestazioni|Esito del periodo di prova⟧ {YEAR}
Dipendente: {A.LF} – matricola {CUSTNO}
Responsabile: {B.full}
Risorse umane: {C.init}

{A.first} ⟦ha raggiunto gran parte degli obiettivi|ha avuto un anno eccellente|è in costante miglioramento⟧. ⟦In primavera ha preso in carico i clienti di {D.full} a {CITY} senza perdere alcun cliente importante.|I riscontri di {D.first} e del resto del team sono molto positivi.⟧ ⟦Area di miglioramento: delega e reportistica scritta.|Area di miglioramento: gestione delle priorità nei periodi di chiusura.⟧

⟦Il premio di {AMOUNT} sarà accreditato in busta paga sul conto {IBAN:A}.|Aumento retributivo del {PCT}% a partire dal {DATE}.⟧ ⟦Anagrafica aggiornata (codice fiscale {NID:A}).|⟧
Firme: {B.last} (responsabile) – {A.last} (dipendente)
""")

F("it", "hr", """
Nota HR – {DATE}
Presenti: {B.full} (HR), {A.full}, {C.full} (⟦RSU|rappresentante sindacale⟧)
Oggetto: ⟦richiesta di smart working|rientro dal congedo parentale|conflitto nel team⟧

⟦{A.first} chiede di lavorare da remoto due giorni a settimana.|{A?Il sig.:La sig.ra} {A.last} ha esposto le difficoltà di collaborazione con {D.full}.|{A.first} rientrerà il {DATEL} con orario part-time.⟧ {B.first} ha illustrato la procedura e le tempistiche. ⟦Risposta scritta entro quindici giorni all'indirizzo {EMAIL:A}.|Prossimo incontro: {DATEL}.⟧ ⟦Recapito preferito: {MOBILE:A}.|⟧
""")

F("it", "cv", """
CURRICULUM VITAE
{A.UP}
{MOBILE:A} · {EMAIL:A} · {CITY}
⟦Codice fiscale: {NID:A}|⟧

PROFILO
⟦Contabile|{A?Sviluppatore:Sviluppatrice} software|{A?Infermiere:Infermiera}|{A?Addetto:Addetta} alla logistica⟧ con ⟦otto|cinque|dodici⟧ anni di esperienza ⟦nel settore pubblico e privato|in Italia e all'estero⟧.

ESPERIENZE
⟦2019|2020⟧ – oggi: ⟦Responsabile contabilità|Caporeparto|Consulente⟧, {COMPANY}, {CITY}
  • ⟦Coordinamento di un team di sei persone; riportavo a {B.full}.|Migrazione del gestionale paghe alla versione {VERSION}.⟧
⟦2014|2015⟧ – ⟦2019|2020⟧: ⟦{A?Impiegato amministrativo:Impiegata amministrativa}|Stagista⟧, {PCOMPANY}

ISTRUZIONE
⟦Laurea in Economia|Laurea in Informatica|Laurea in Infermieristica⟧, Università di {CITY2}

LINGUE: inglese (C1), ⟦francese|spagnolo|tedesco⟧ (B2)

REFERENZE
{C.full}, ⟦ex responsabile|{C?direttore:direttrice} di filiale⟧ – {PHONE:C}
⟦{D.init} – {EMAIL:D}|Disponibili su richiesta.⟧

Autorizzo il trattamento dei miei dati personali ai sensi del Reg. UE 2016/679.
""")

F("it", "chat", """
[{TIME}] {A.full}: ⟦Buongiorno a tutti|Ciao team⟧, ⟦chi segue oggi la call con il cliente di {CITY}?|qualcuno ha le credenziali del server di test?⟧
[{TIME}] {B.first}: ⟦ci penso io|posso farlo io⟧ ⟦se {C.first} mi manda gli appunti|dopo la riunione delle 10⟧
[{TIME2}] {C.full}: ⟦inviato|guarda la mail⟧. Tra l'altro {D.last} dell'amministrazione ⟦chiede della fattura {INVOICE}|chiede a che punto è il rimborso⟧
[{TIME2}] {A.first}: grazie! ⟦nota: dai log VPN il portatile di {B.first} risulta di nuovo su {IP:B}, puoi riavviarlo?|{D.first} è in ferie fino a lunedì, il cellulare è {MOBILE:D}, solo per urgenze⟧
[{TIME3}] {B.first}: 👍⟦|
[{TIME4}] {B.first}: ah, per la busta paga il mio codice fiscale è {NID:B}⟧
""")

F("it", "chat", """
[{DATE}, {TIME}] {A.first}: ⟦ciao famiglia|ehi a tutti⟧ ⟦chi va a prendere {C.first} a scuola domani?|confermato il pranzo di domenica?⟧
[{DATE}, {TIME2}] {B.first}: ⟦io posso|vado io⟧ ⟦a meno che {D.first} non esca prima|ma dopo le 17⟧
[{DATE}, {TIME2}] {D.first}: ⟦lavoro scusate|non posso ho il dentista⟧
[{DATE}, {TIME3}] {A.first}: ok. ⟦comunque il nuovo numero della nonna è {MOBILE:E}|vi giro il mio iban per il regalo al nonno: {IBAN:A}⟧
[{DATE}, {TIME4}] {B.first}: grazie {A.first} ❤️
[{DATE}, {TIME4}] {C.first}: ⟦può venire anche {F.first}?|la mamma di {F.first} ha detto sì!!⟧⟦|
[{DATE}, {TIME5}] {D.first}: qualcuno ha il codice fiscale della nonna? serve per l'ospedale
[{DATE}, {TIME5}] {A.first}: {NID:E}⟧
""", lower=0.6)

F("it", "invoice", """
FATTURA N. {INVOICE}
Data: {DATE}

{A.full}⟦ – ⟦{A?traduttore:traduttrice}|{A?fotografo:fotografa}|web designer⟧ freelance|⟧
P.IVA {VAT:A} – C.F. {NID:A}
{EMAIL:A} – {PHONE:A}

Spett.le {COMPANY}
Alla c.a. {B?del dott.:della dott.ssa} {B.full}

Descrizione                                 Importo
⟦Traduzione manuale tecnico|Servizio fotografico del {DATEA}|Manutenzione sito web, II trimestre⟧   {AMOUNT}
⟦Rimborso spese di trasferta|Diritti d'uso|Hosting⟧   {AMOUNT2}
⟦Operazione in regime forfettario, senza applicazione dell'IVA.|IVA 22%⟧

Pagamento tramite bonifico su IBAN {IBAN:A}⟦ intestato a {A.full}|⟧ entro 30 giorni.
""")

F("it", "invoice", """
{PCOMPANY}
Documento commerciale n. {N4}-{N4} del {DATE} ore {TIME}

⟦1 x {PRODUCT}|Riparazione + manodopera⟧        {AMOUNT}
Pagamento elettronico {MASKED}
⟦{B?Operatore:Operatrice}: {B.first}|Cassa 2 – {B.full}⟧
⟦Carta fedeltà: {A.init} ({EMAIL:A})|C.F. cliente: {NID:A}⟧
⟦Grazie e arrivederci!|Cambi entro 30 giorni con lo scontrino.⟧
""")

F("it", "email", """
Da: {B.full} <{EMAIL:B}>
A: {A.full} <{WEMAIL:A}>
Data: {DATE}
Oggetto: R: ⟦visita all'appartamento sabato|passaggio per il convegno|consegna delle chiavi⟧

⟦Ciao|Buongiorno⟧ {A.first},
⟦sabato per me va benissimo.|nessun problema.⟧ ⟦Vengo con {C.first}, {C?il mio coinquilino:la mia coinquilina}.|Forse viene anche {C?il mio compagno:la mia compagna}, {C.full}.⟧ ⟦Per qualsiasi cambiamento il mio cellulare è {MOBILE:B}.|⟧
{B.first}

Il {DATEA}, {A.full} ha scritto:
> ⟦Ciao {B.first}, sabato alle 11 ti va bene? Possiamo vederci al bar accanto a {PCOMPANY}, in {STREET}.|Gentile {B?sig.:sig.ra} {B.last}, sarebbe disponibile sabato alle 11 davanti a {PCOMPANY} ({STREET})?⟧
⟦> Per il contratto ti giro il mio codice fiscale: {NID:A}.
|⟧> ⟦Un saluto|Cordialmente⟧, {A.first}
> ⟦{A.full} – {COMPANY} – {MOBILE:A}|Inviato da iPhone⟧
""")

F("it", "email", """
Oggetto: I: ⟦nota spese {REF}|accesso VPN|fattura {INVOICE}⟧

⟦{B.first}, puoi occupartene tu? Grazie, {A.first}|Per competenza. {A.first}⟧

---------- Messaggio inoltrato ----------
Da: {C.full} <{WEMAIL:C}>
Data: {DATE}
A: {A.full} <{WEMAIL:A}>

Ciao {A.first},
⟦{D?il nostro nuovo collega:la nostra nuova collega} {D.full} inizia lunedì e ha bisogno dell'accesso VPN. La sua e-mail personale per il kit di benvenuto: {EMAIL:D}.|la mia nota spese per la trasferta a {CITY} è ancora in sospeso; il rimborso va sul conto {IBAN:C}.|la fattura {INVOICE} è stata pagata due volte: per favore riaccreditate la carta {CARD:C} oppure chiamatemi al {MOBILE:C}.⟧
Un saluto,
{C.first}
""")

F("it", "police", """
⟦Comando Stazione Carabinieri di {CITY}|Questura di {CITY} – Ufficio Denunce|Polizia Locale di {CITY}⟧
VERBALE DI ⟦DENUNCIA|RICEZIONE DI QUERELA|SOMMARIE INFORMAZIONI⟧ – prot. n. {REF}

Il giorno {DATE}, alle ore {TIME}, presso questi uffici, avanti al sottoscritto ufficiale di P.G. {B.full}, è presente {A?il sig.:la sig.ra} {A.full}, C.F. {NID:A}, tel. {PHONE:A}, che dichiara quanto segue:
«⟦In data {DATEA}, verso le {TIME2}, mi è stata rubata la bicicletta davanti a {PCOMPANY}, in {STREET}.|{E?Un uomo che conosco come:Una donna che conosco come} "{E.first}" mi ha {A?minacciato:minacciata} all'uscita di {PCOMPANY}.|Dopo il furto del portafoglio, la mia carta {CARD:A} è stata usata per acquisti online dall'indirizzo IP {IP:E}.⟧ ⟦{C?Il mio vicino:La mia vicina}, {C.full}, ha assistito ai fatti.|Era presente anche {C.full}, che può confermare.⟧»
⟦Si indica come presunto autore {E.full}.|Autore al momento ignoto.⟧
Letto, confermato e sottoscritto.
Il verbalizzante: {F.init}
""")

F("it", "medical", """
{HOSPITAL} – U.O. di ⟦Cardiologia|Ortopedia e Traumatologia|Medicina Interna⟧
{CITY}, {DATE}

Al medico curante, {B?dott.:dott.ssa} {B.full}

LETTERA DI DIMISSIONE
Paziente: {A.LF}⟦ – C.F. {NID:A}|⟧
⟦Recapito: {PHONE:A}|⟧
Ricovero dal {DATEA} al {DATE}

{B?Caro collega:Cara collega},
Le comunichiamo che {A?il suo assistito è stato ricoverato:la sua assistita è stata ricoverata} per ⟦dolore toracico. ECG ed enzimi cardiaci nella norma. Terapia alla dimissione: ramipril 2,5 mg, atorvastatina 40 mg.|frattura distale del radio destro dopo caduta, trattata con osteosintesi. Controllo ambulatoriale tra due settimane.|polmonite acquisita in comunità. Amoxicillina per sette giorni.⟧
{A?Il paziente è stato seguito:La paziente è stata seguita} {C?dal dott.:dalla dott.ssa} {C.full}⟦ e {D?dal fisioterapista:dalla fisioterapista} {D.full}|⟧.
Familiare di riferimento: {E.full} ({MOBILE:E}).

Cordiali saluti,
{F?Il dirigente medico, dott.:La dirigente medica, dott.ssa} {F.init}
""")

F("it", "insurance", """
DENUNCIA DI SINISTRO – ⟦RC Auto|Casa|Viaggio⟧
Polizza n. {POLICY} – Sinistro n. {REF}
Contraente: {A.lcf} – C.F. {NID:A}
Telefono: {PHONE:A} – E-mail: {EMAIL:A}
IBAN per la liquidazione: {IBAN:A}

Dinamica: ⟦il {DATE} un'infiltrazione d'acqua proveniente dall'appartamento di sopra, abitato da {B.full}, ha danneggiato soffitto e mobili.|il {DATE} {B.full}, in manovra, ha urtato la mia auto parcheggiata; il suo numero è {PHONE:B}. È stato compilato il CID.|il {DATE} mi è stata rubata la valigia in albergo, a {CITY}.⟧
⟦Testimone: {C.fi}.|Testimone: {C.full}.|⟧
Danno stimato: {AMOUNT}

{A?Il sottoscritto:La sottoscritta} {A.full} dichiara che quanto sopra corrisponde al vero.
{CITY2}, {DATEL}
---
{D?Liquidatore:Liquidatrice}: {D.full}⟦ – pratica approvata|⟧
""")

F("it", "school", """
{SCHOOL} – ⟦Comunicazione alle famiglie|Avviso⟧ – ⟦classe 1ª A|classe 3ª B|sezione Girasoli⟧

Gentili genitori,
⟦l'uscita didattica al Museo della Scienza si terrà il {DATE}.|la festa di fine anno si terrà il {DATE}.⟧ ⟦Vi preghiamo di consegnare l'autorizzazione firmata {B?al maestro:alla maestra} {B.full} entro venerdì.|Le autorizzazioni vanno consegnate in segreteria a {B.first}.⟧
⟦Complimenti a {C.full} e {D.first}, vincitori della gara di lettura!|Congratulazioni a {C.first} e {D.first} per il brevetto di nuoto.⟧
⟦La mamma di {E.first}, {F.full}, ci accompagnerà durante l'uscita: grazie di cuore!|Diamo il benvenuto a {F.full}, nuova educatrice di sostegno.⟧
Per informazioni: ⟦{G.full}, {G?coordinatore:coordinatrice} di classe, {WEMAIL:G}|potete rivolgervi {G?al maestro:alla maestra} {G.first} all'uscita⟧.
""", people={"F": "f"})

F("it", "social", """
⟦★☆☆☆☆ ⟦Da evitare!|Deludente⟧ – {PCOMPANY}, {CITY}
Recensione di {A.fi} · {DATE}
⟦L'ordine {ORDER} è arrivato rotto e non c'è stato verso di avere il rimborso.|Sono {A?andato:andata} per una riparazione veloce e sono {A?uscito:uscita} due ore dopo senza soluzione.⟧ {B?Il responsabile:La responsabile}, {B.first}, è {B?stato:stata} molto scortese. Non ci torno.

Risposta del titolare: Gentile {A.first}, ci dispiace molto; abbiamo girato il suo commento al team. – {D.full}|★★★★★ ⟦Servizio eccellente|Consigliatissimo!⟧ – {PCOMPANY}, {CITY}
Recensione di {A.fi} · {DATE}
⟦Abbiamo festeggiato i 70 anni di mia madre ed è stato tutto perfetto.|Veloci, gentili e onesti.⟧ {B.first} al banco ha risolto tutto in cinque minuti. ⟦Un grazie speciale a {C.full}!|Grazie anche a {C.first}!⟧

Risposta del titolare: Grazie {A.first}! {C.first} sarà {C?felicissimo:felicissima}. – {D.first}, titolare⟧
""")

F("it", "social", """
⟦TROVATO|PERSO⟧: ⟦portafoglio nero|mazzo di chiavi con portachiavi rosso|zaino blu⟧ ⟦stamattina|ieri sera⟧ in zona {STREET}. ⟦Dentro c'è una tessera della biblioteca intestata a {A.UP}.|Sul portachiavi c'è scritto "{A.fi}".⟧ ⟦Se è vostro scrivetemi su WhatsApp al {MOBILE:B}.|Contattatemi in privato o al {MOBILE:B}.⟧ #{CITY}

Commenti
{C.full}: ⟦credo sia di {A.first}, {A?quello:quella} del forno!|condiviso 👍⟧
{B.full}: ⟦ritrovato il proprietario, grazie a tutti!|ancora nessuna notizia…⟧
""")

F("it", "minutes", """
VERBALE DI ⟦ASSEMBLEA CONDOMINIALE ORDINARIA|RIUNIONE DEL CONSIGLIO DI ISTITUTO|ASSEMBLEA DELL'ASSOCIAZIONE⟧ – {DATE}
Luogo: ⟦sala comune, {STREET}|sede di {COMPANY}|videoconferenza⟧
Presenti: {A.full} (presidente), {B.full}, {C.init}, {D.full}⟦, {E.full}|⟧
{F?Assente giustificato:Assente giustificata}: {F.full}
{G?Segretario verbalizzante:Segretaria verbalizzante}: {G.full}

1. ⟦Approvazione del verbale precedente: approvato all'unanimità.|Varie ed eventuali: rinviate.⟧
2. ⟦Rendiconto: {B.last} riferisce un saldo di {AMOUNT}; le quote vanno versate sul conto {B?del tesoriere:della tesoriera}, {IBAN:B}.|Bilancio: {B.first} presenta i conti del terzo trimestre (fattura {INVOICE} ancora da saldare).⟧
3. ⟦{C.last} segnala il problema dei parcheggi davanti alla scuola ({SCHOOL}).|{D.first} chiederà preventivi a {COMPANY} per i lavori.⟧
4. ⟦{A.first} ringrazia {E.first} per l'organizzazione della festa del quartiere.|Prossima riunione: {DATEL}.⟧
Compiti: {D.last} – preventivi entro il {DATEL}; {C.init} – lettera al Comune.
""")

F("it", "court", """
Tribunale ordinario di {CITY}
⟦ATTO DI INTIMAZIONE DI SFRATTO PER MOROSITÀ E CONTESTUALE CITAZIONE PER LA CONVALIDA|DECRETO DI FISSAZIONE UDIENZA⟧
R.G. n. {N4}/2024

{A?Locatore:Locatrice}: {A.full}, C.F. {NID:A}, {A?rappresentato e difeso:rappresentata e difesa} dall'avv. {D.full}
⟦{B?Conduttore:Conduttrice}: {B.full}|Conduttori: {B.full} e {C.full}⟧

⟦Si intima lo sfratto per il mancato pagamento dei canoni per complessivi {AMOUNT} e si cita a comparire all'udienza del {DATE}, ore {TIME}, innanzi al giudice {E?dott.:dott.ssa} {E.last}.|Il giudice, {E?dott.:dott.ssa} {E.full}, fissa l'udienza di comparizione delle parti per il {DATE} alle ore {TIME}.⟧
⟦Il pagamento potrà essere effettuato sul conto {A?del locatore:della locatrice}, IBAN {IBAN:A}.|⟧
Il cancelliere: {F.init}
""")

F("it", "newsletter", """
⟦Notiziario interno {COMPANY}|{COMPANY} News⟧ – ⟦primavera|autunno|inverno⟧

⟦Benvenuti!|Nuovi arrivi:⟧ ⟦{A.full} entra nell'ufficio amministrazione dopo diversi anni in {PCOMPANY}; {B.full} inizia nel supporto IT.|Diamo il benvenuto a {A.full} (HR) e a {B.full} (magazzino).⟧
⟦Saluti|Pensionamento⟧: dopo 23 anni in azienda, {C.full} ⟦va in pensione a giugno|ci lascia⟧. ⟦In reception c'è un biglietto da firmare; la colletta la organizza {D.first}.|La festa di saluto per {C.first} sarà il {DATE}.⟧
⟦Complimenti a {E.init} per l'abilitazione professionale.|{E.full}, dipendente del trimestre.⟧ ⟦Corsa solidale: {F.first} ha raccolto {AMOUNT} per il reparto pediatrico ({HOSPITAL}).|⟧
Angolo IT: ⟦aggiornate alla versione {VERSION}; per domande, {G.full}.|attenzione al phishing: l'IT non vi chiederà mai la password.⟧
""")


# =====================================================================================
# Dutch frames (Netherlands, Flanders)
# =====================================================================================
F("nl", "letter", """
{CITY}, {DATE}

⟦Lieve {B.first}|Hoi {B.first}|Beste {B.first}⟧,

⟦Nog bedankt voor het gezellige weekend bij jullie!|Lang niks van me laten horen, sorry!|Dank je wel dat we bij jullie in {CITY2} mochten logeren.⟧ ⟦De kinderen hebben het er nog steeds over, vooral {C.first}.|{C.first} vond de boottocht geweldig.⟧ ⟦Raad eens wie ik tegenkwam bij {PCOMPANY}: {D.full}! {D?Hij:Zij} is nog precies hetzelfde.|Laatst zag ik {D.full} op de markt, {D?hij:ze} laat je groeten.⟧

⟦Ik heb trouwens een nieuw nummer: {MOBILE:A}.|Mijn nieuwe mobiele nummer is {MOBILE:A}.⟧ ⟦Voor het cadeau voor {E.first} kun je het geld overmaken naar {IBAN:A}.|⟧

⟦Liefs|Groetjes|Dikke knuffel⟧,
{A.first}
""")

F("nl", "letter", """
{A.full}
{EMAIL:A} · {PHONE:A}

{COMPANY}
T.a.v. de klantenservice

{CITY}, {DATE}

Betreft: ⟦opzegging contract {POLICY}|opzeggen abonnement, klantnummer {CUSTNO}⟧

Geachte heer, mevrouw,

Hierbij zeg ik ⟦mijn contract|mijn abonnement⟧ op ⟦per {DATE2}|tegen de eerstvolgende mogelijke datum⟧. ⟦Wilt u het eventuele tegoed terugstorten op rekening {IBAN:A}?|De machtiging voor automatische incasso van rekening {IBAN:A} trek ik hierbij in.⟧ ⟦Mijn partner, {B.full}, staat als medegebruiker geregistreerd en gaat akkoord.|⟧ Graag ontvang ik een schriftelijke bevestiging.

Met vriendelijke groet,

{A.full}
""")

F("nl", "complaint", """
{A.full}
{EMAIL:A}

Onderwerp: klacht – ⟦bestelling {ORDER}|dossier {REF}|factuur {INVOICE}⟧

Geachte heer, mevrouw,

Op {DATE} heb ik bestelling {ORDER} geplaatst ({PRODUCT}). ⟦Het pakket is nooit aangekomen.|Het geleverde apparaat was defect.⟧ ⟦Uw medewerker {B.first} beloofde mij binnen 48 uur terug te bellen; dat is niet gebeurd.|Telefonisch verzekerde de heer {B.last} mij dat het probleem bij de bezorger lag.⟧ ⟦Een andere medewerkster, {C.init}, vertelde mij later precies het tegenovergestelde.|⟧

Ik verzoek u ⟦het volledige aankoopbedrag|het bedrag van {AMOUNT}⟧ binnen veertien dagen terug te storten ⟦op rekening {IBAN:A}|op de gebruikte creditcard ({MASKED})⟧. Zo niet, dan ⟦leg ik de zaak voor aan de geschillencommissie|schakel ik een advocaat in⟧.

U kunt mij bereiken op {PHONE:A}.

Met vriendelijke groet,
{A.full}
""", people={"B": "m", "C": "f"})

F("nl", "complaint", """
{COMPANY}
T.a.v. {B?de heer:mevrouw} {B.init}

{CITY}, {DATE}

Betreft: geluidsoverlast ⟦van de bovenburen|in ons portiek⟧

Geachte {B?heer:mevrouw} {B.last},

Sinds ⟦enkele weken|begin deze maand⟧ hebben wij ⟦vrijwel dagelijks|'s nachts⟧ last van harde muziek uit de woning van {C?de heer:mevrouw} {C.last}. ⟦Een gesprek met {C?hem:haar} heeft helaas niets opgeleverd.|Ook {D.full} van de benedenverdieping heeft al geklaagd.⟧ Ik verzoek u dringend om actie te ondernemen.

Ik ben bereikbaar op {MOBILE:A}⟦ of via {EMAIL:A}|⟧.

Met vriendelijke groet,
{A.full}
""")

F("nl", "ticket", """
Ticket #{N6} – ⟦Prioriteit: hoog|Status: open|Categorie: facturatie⟧
Van: {A.full} <{EMAIL:A}>
Onderwerp: ⟦Kan niet inloggen|Dubbele afschrijving|Modem herstart steeds⟧

Hallo,
⟦Sinds de update naar {VERSION} kan ik niet meer inloggen.|Sinds {DATE} valt mijn verbinding elke tien minuten weg.⟧ ⟦Volgens de foutmelding was er een verdachte inlog vanaf {IP:A}, maar dat is gewoon mijn eigen IP-adres.|Uw monteur vroeg mij mijn IP-adres door te geven: {IP:A}.⟧ ⟦Wilt u mij terugbellen op {PHONE:A}?|'s Avonds ben ik bereikbaar op {PHONE:A}.⟧⟦ De dubbele afschrijving staat op mijn creditcard {CARD:A}.|⟧
Groeten,
{A.full}

--- Antwoord van {B.first} ({COMPANY}, klantenservice) ---
⟦Beste|Geachte⟧ {A?heer:mevrouw} {A.last},
⟦Bedankt voor uw bericht.|Dank voor uw geduld.⟧ ⟦Ik heb uw account gedeblokkeerd en de vraag doorgezet naar {C.full} van de financiële administratie.|Onze monteur, {C?de heer:mevrouw} {C.last}, komt op {DATEL} tussen 8.00 en 12.00 uur langs.⟧ ⟦Was de inlog vanaf {IP6:A} ook van u?|⟧
Met vriendelijke groet,
{B.full}
""")

F("nl", "ticket", """
Chatgesprek klantenservice – {DATE}
{TIME} Klant: hoi, mijn pakket {TRACKING} ⟦is nooit aangekomen|staat op bezorgd maar ik heb niks ontvangen⟧
{TIME} {B.first}: Hallo! Vervelend om te horen. Mag ik uw naam en het e-mailadres van de bestelling?
{TIME2} Klant: {A.low}, {EMAIL:A}
{TIME2} {B.first}: Dank u, {A?meneer:mevrouw} {A.last}. Volgens het afleverbewijs is het pakket ({ORDER}) ⟦afgegeven bij uw buren, {C.init},|getekend door „{C.ULAST}”⟧ om {TIME3}.
{TIME3} Klant: ⟦die naam ken ik niet|dat is niet mijn buurman⟧
{TIME4} {B.first}: Ik start een onderzoek. ⟦{D.full} van de afdeling klachten belt u terug op {PHONE:A}.|U hoort binnen 48 uur van {D.first}.⟧
""")

F("nl", "hr", """
VERTROUWELIJK – ⟦Beoordelingsgesprek|Functioneringsgesprek|Evaluatie proeftijd⟧ {YEAR}
Medewerker: {A.lcf}, personeelsnummer {CUSTNO}
Leidinggevende: {B.full}
HR-adviseur: {C.init}

{A.first} ⟦heeft de meeste doelen gehaald|heeft een heel sterk jaar gehad|laat een duidelijke groei zien⟧. ⟦In het voorjaar nam {A?hij:zij} de klanten in {CITY} over van {D.full} en behield alle grote accounts.|De feedback van {D.first} en de rest van het team is zeer positief.⟧ ⟦Ontwikkelpunt: delegeren en schriftelijke rapportage.|Ontwikkelpunt: prioriteren tijdens drukke periodes.⟧

⟦De bonus van {AMOUNT} wordt met het volgende salaris overgemaakt naar {IBAN:A}.|Salarisverhoging van {PCT}% per {DATE}.⟧ ⟦{NIDN:A:cap} voor de loonadministratie: {NID:A}.|⟧
Handtekeningen: {B.last} (leidinggevende), {A.last} (medewerker)
""")

F("nl", "hr", """
Gespreksverslag HR – {DATE}
Aanwezig: {B.full} (HR), {A.full}, {C.full} (OR-lid)
Onderwerp: ⟦terugkeer na ouderschapsverlof|verzoek thuiswerken|conflict binnen het team⟧

⟦{A.first} wil voortaan twee dagen per week thuiswerken.|{A?De heer:Mevrouw} {A.last} gaf aan moeite te hebben met de samenwerking met {D.full}.|{A.first} komt per {DATEL} parttime terug.⟧ {B.first} heeft de procedure toegelicht. ⟦Schriftelijke reactie binnen twee weken naar {EMAIL:A}.|Vervolggesprek: {DATEL}.⟧ ⟦Bij voorkeur bellen via {MOBILE:A}.|⟧
⟦Voor de verlofadministratie is het {NIDN:A} nodig: {NID:A}.|⟧
""")

F("nl", "cv", """
CURRICULUM VITAE

{A.full}
{MOBILE:A} · {EMAIL:A} · {CITY}

PROFIEL
⟦Ervaren|Resultaatgerichte|Tweetalige⟧ ⟦boekhouder|softwareontwikkelaar|verpleegkundige|projectcoördinator⟧ met ⟦acht|vijf|twaalf⟧ jaar ervaring ⟦in de logistiek en de publieke sector|in Nederland en België⟧.

WERKERVARING
⟦2019|2020⟧ – heden  ⟦Teamleider administratie|Senior developer|Coördinator⟧, {COMPANY}, {CITY}
   ⟦Leidinggevende van een team van zes; rapporteerde aan {B.full}.|Migratie van het salarispakket naar versie {VERSION}.⟧
⟦2014|2015⟧ – ⟦2019|2020⟧  ⟦Administratief medewerker|Stagiair⟧, {PCOMPANY}

OPLEIDING
⟦Bachelor Bedrijfseconomie|Master Informatica|HBO-V⟧, ⟦Hogeschool|Universiteit⟧ {CITY2}

TALEN
Nederlands (moedertaal), Engels (C1), ⟦Duits|Frans|Turks|Arabisch⟧ (B2)

REFERENTIES
{C.full}, ⟦voormalig leidinggevende|afdelingshoofd⟧ – {PHONE:C}
⟦{D.init} – {EMAIL:D}|Op aanvraag.⟧
""")

F("nl", "chat", """
[{TIME}] {A.full}: ⟦Goedemorgen allemaal|Hoi team⟧, ⟦wie doet vandaag de call met de klant in {CITY}?|heeft iemand de inlog van de testserver?⟧
[{TIME}] {B.first}: ⟦doe ik|ik pak hem⟧ ⟦als {C.first} me de aantekeningen stuurt|na de stand-up⟧
[{TIME2}] {C.full}: ⟦verstuurd|check je mail⟧. Trouwens, {D.last} van financiën ⟦vraagt naar factuur {INVOICE}|vraagt hoe het met de terugbetaling staat⟧
[{TIME2}] {A.first}: dank! ⟦fyi volgens de VPN-logs zit de laptop van {B.first} weer op {IP:B}, kun je hem herstarten?|{D.first} is tot maandag vrij, mobiel {MOBILE:D} alleen bij spoed⟧
[{TIME3}] {B.first}: 👍⟦|
[{TIME4}] {B.first}: o ja, voor de salarisadministratie: mijn {NIDN:B} is {NID:B}⟧
""")

F("nl", "chat", """
[{DATE} {TIME}] {A.first}: ⟦hoi allemaal|hee familie⟧ ⟦wie haalt {C.first} morgen van school?|gaat het eten zondag nog door?⟧
[{DATE} {TIME2}] {B.first}: ⟦ik kan wel|doe ik⟧ ⟦tenzij {D.first} eerder vrij is|maar pas na vijven⟧
[{DATE} {TIME2}] {D.first}: ⟦moet werken sorry|kan niet, tandarts⟧
[{DATE} {TIME3}] {A.first}: oké. ⟦trouwens het nieuwe nummer van oma is {MOBILE:E}|hier mijn rekeningnummer voor het cadeau van opa: {IBAN:A}⟧
[{DATE} {TIME4}] {B.first}: dankjewel {A.first} ❤️
[{DATE} {TIME4}] {C.first}: ⟦mag {F.first} ook mee?|de moeder van {F.first} zegt ja!!⟧⟦|
[{DATE} {TIME5}] {D.first}: heeft iemand het {NIDN:E} van oma? moet op het formulier van het ziekenhuis
[{DATE} {TIME5}] {A.first}: {NID:E}⟧
""", lower=0.6)

F("nl", "invoice", """
{A.full}
⟦Freelance ⟦vertaler|fotograaf|webdeveloper⟧|Eenmanszaak⟧
{EMAIL:A} · {PHONE:A}
⟦Btw-id|Btw-nummer⟧: {VAT:A}

FACTUUR {INVOICE}
Factuurdatum: {DATE}

Aan: {COMPANY}
T.a.v. {B.full}

Omschrijving                         Bedrag
⟦Vertaling handleiding|Fotoreportage {DATEA}|Onderhoud website Q2⟧   {AMOUNT}
⟦Reiskosten|Gebruiksrechten|Hosting⟧   {AMOUNT2}
Btw 21%

Gelieve binnen 30 dagen over te maken naar {IBAN:A}⟦ t.n.v. {A.init}|⟧ o.v.v. het factuurnummer.
""")

F("nl", "invoice", """
{PCOMPANY}
Bonnr. {N6}   {DATE} {TIME}

⟦1 x {PRODUCT}|Reparatie incl. onderdelen⟧        {AMOUNT}
Pinbetaling {MASKED}
⟦U werd geholpen door {B.first}|Kassa 2 – {B.full}⟧
Klantenkaart: {A.init} ({EMAIL:A})
⟦Bedankt en tot ziens!|Ruilen binnen 14 dagen met kassabon.⟧
""")

F("nl", "email", """
Van: {B.full} <{EMAIL:B}>
Aan: {A.full} <{WEMAIL:A}>
Datum: {DATE}
Onderwerp: RE: ⟦bezichtiging zaterdag|carpoolen naar het congres|sleuteloverdracht⟧

⟦Hoi|Hallo⟧ {A.first},
⟦Zaterdag komt mij goed uit.|Prima.⟧ ⟦Ik neem {C.first} mee, {C?mijn huisgenoot:mijn huisgenote}.|Misschien komt {C?mijn vriend:mijn vriendin}, {C.full}, ook mee.⟧ ⟦Mocht er iets veranderen: {MOBILE:B}.|⟧
{B.first}

Op {DATEA} schreef {A.full}:
> ⟦Hoi {B.first}, past zaterdag om 11 uur? We kunnen afspreken in het café naast {PCOMPANY} ({STREET}).|Geachte {B?heer:mevrouw} {B.last}, schikt zaterdag om 11 uur bij {PCOMPANY}, {STREET}?⟧
⟦> Voor het huurcontract: mijn {NIDN:A} is {NID:A}.
|⟧> ⟦Groet|Met vriendelijke groet⟧, {A.first}
> ⟦{A.full} · {COMPANY} · {MOBILE:A}|Verzonden vanaf mijn iPhone⟧
""")

F("nl", "email", """
Onderwerp: Fwd: ⟦declaratie {REF}|toegang nieuwe collega|factuur {INVOICE}⟧

⟦{B.first}, kun jij dit oppakken? Dank, {A.first}|Ter afhandeling. {A.first}⟧

---------- Doorgestuurd bericht ----------
Van: {C.full} <{WEMAIL:C}>
Datum: {DATE}
Aan: {A.full} <{WEMAIL:A}>

Hoi {A.first},
⟦onze nieuwe collega {D.full} begint maandag en heeft VPN-toegang nodig. {D?Zijn:Haar} privémail voor het welkomstpakket: {EMAIL:D}.|mijn declaratie voor de reis naar {CITY} staat nog open; graag terugbetalen op {IBAN:C}.|factuur {INVOICE} is twee keer betaald. Wil je het bedrag terugstorten op creditcard {CARD:C} of me bellen op {MOBILE:C}?⟧
Groet,
{C.first}
""")

F("nl", "police", """
⟦PROCES-VERBAAL VAN AANGIFTE|MUTATIERAPPORT|MELDING INCIDENT⟧ – registratienummer {REF}
⟦Politie eenheid|Politiezone⟧ {CITY}

Op {DATE} om {TIME} uur verscheen voor mij, {B.full}, ⟦hoofdagent|brigadier|inspecteur⟧ van politie, {A?een man:een vrouw} die opgaf te zijn:
{A.LF}, telefoon {PHONE:A}⟦, {NIDN:A} {NID:A}|⟧.
{A?Hij:Zij} deed aangifte en verklaarde:
"⟦Op {DATEA} rond {TIME2} is mijn fiets gestolen bij {PCOMPANY} ({STREET}).|{E?Een man die ik ken als:Een vrouw die ik ken als} '{E.first}' heeft mij bij {PCOMPANY} bedreigd.|Na de diefstal van mijn portemonnee is mijn creditcard {CARD:A} gebruikt voor online aankopen vanaf IP-adres {IP:E}.⟧ ⟦{C?Mijn buurman:Mijn buurvrouw}, {C.full}, heeft alles gezien.|{C.full} was erbij en kan dit bevestigen.⟧"
⟦Als verdachte wordt genoemd: {E.full}.|De dader is onbekend.⟧
Dit proces-verbaal is door mij op ambtseed opgemaakt.
{B.init}
""")

F("nl", "medical", """
{HOSPITAL} – afdeling ⟦Cardiologie|Orthopedie|Interne Geneeskunde⟧
{CITY}, {DATE}

Aan: {B?de heer:mevrouw} {B.full}, huisarts

Betreft: {A?de heer:mevrouw} {A.full}, {NIDN:A} {NID:A}
⟦Tel.: {PHONE:A}|⟧
Opname: {DATEA} t/m {DATE}

Geachte collega,

Uw {A?patiënt:patiënte} werd opgenomen ⟦met pijn op de borst. ECG en troponine waren normaal. Ontslagmedicatie: ramipril 2,5 mg, atorvastatine 40 mg.|na een val met een distale radiusfractuur rechts, operatief behandeld. Controle op de polikliniek over twee weken.|met een pneumonie. Behandeling met amoxicilline gedurende zeven dagen.⟧
{A?Hij:Zij} werd behandeld door {C.full}, ⟦arts-assistent|cardioloog|orthopeed⟧⟦, en gezien door fysiotherapeut {D.full}|⟧.
Contactpersoon: {E.full} ({MOBILE:E}).

Met collegiale groet,
{F.init}, ⟦internist|specialist ouderengeneeskunde|cardioloog⟧
""")

F("nl", "insurance", """
SCHADEMELDING – ⟦autoverzekering|inboedelverzekering|reisverzekering⟧
Polisnummer: {POLICY}   Schadenummer: {REF}
Verzekeringnemer: {A.lcf}
Telefoon: {PHONE:A} · E-mail: {EMAIL:A}
Rekeningnummer voor uitkering: {IBAN:A}

Toedracht: ⟦op {DATE} is er water gelekt uit de bovenwoning van {B.full}; plafond en meubels zijn beschadigd.|op {DATE} reed {B.full} bij het uitparkeren tegen mijn geparkeerde auto. Telefoonnummer tegenpartij: {PHONE:B}. Er is een Europees schadeformulier ingevuld.|op {DATE} is mijn koffer gestolen in het hotel in {CITY}.⟧
⟦Getuige: {C.fi}.|Getuige: {C.full}.|⟧
Geschatte schade: {AMOUNT}

Ondergetekende, {A.full}, verklaart dit formulier naar waarheid te hebben ingevuld.
{CITY2}, {DATEL}
---
Schadebehandelaar: {D.full}⟦ – akkoord voor uitkering|⟧
""")

F("nl", "school", """
{SCHOOL} – ⟦nieuwsbrief|bericht voor ouders⟧ ⟦groep 3|groep 5/6|peutergroep⟧

Beste ouders en verzorgers,
⟦Op {DATE} gaan we op excursie naar het museum.|Op {DATE} is de sportdag.⟧ ⟦Wilt u het toestemmingsformulier vóór vrijdag inleveren bij {B?meester:juf} {B.first}?|De strookjes kunnen worden ingeleverd bij {B.first} op de administratie.⟧
⟦Gefeliciteerd {C.full} en {D.first} met het winnen van de voorleeswedstrijd!|Felicitaties voor {C.first} en {D.first}, die hun zwemdiploma A hebben gehaald.⟧
⟦De moeder van {E.first}, {F.full}, rijdt mee als begeleider – hartelijk dank!|Wij verwelkomen {F.full} als nieuwe onderwijsassistent.⟧
Vragen? ⟦Mail {G?meester:juf} {G.first} via {WEMAIL:G}.|Spreek {G.full} gerust aan bij het ophalen.⟧
""", people={"F": "f"})

F("nl", "social", """
⟦★☆☆☆☆ ⟦Niet doen!|Teleurstellend⟧ – {PCOMPANY}, {CITY}
Review van {A.fi} · {DATE}
⟦Bestelling {ORDER} kwam kapot aan en terugbetalen was er niet bij.|Voor een kleine reparatie twee uur gewacht en daarna was het nog steeds niet gemaakt.⟧ De bedrijfsleider, {B.first}, was erg onvriendelijk. Nooit meer.

Reactie van de eigenaar: Beste {A.first}, wat vervelend; we hebben uw feedback met het team besproken. – {D.full}|★★★★★ ⟦Top service|Echt een aanrader⟧ – {PCOMPANY}, {CITY}
Review van {A.fi} · {DATE}
⟦Voor de 70e verjaardag van mijn moeder was alles perfect geregeld.|Snel, vriendelijk en eerlijke prijzen.⟧ {B.first} achter de balie had alles binnen vijf minuten geregeld. ⟦Een pluim voor {C.full}!|Ook dank aan {C.first}!⟧

Reactie van de eigenaar: Dank je wel, {A.first}! {C.first} zal blij zijn. – {D.first}, eigenaar⟧
""")

F("nl", "social", """
⟦GEVONDEN|VERLOREN⟧: ⟦zwarte portemonnee|sleutelbos met rode hanger|blauwe rugzak⟧ ⟦vanochtend|gisteravond⟧ in de buurt van {STREET}. ⟦In de portemonnee zit een bibliotheekpas op naam van {A.UP}.|Op de hanger staat „{A.fi}”.⟧ ⟦Is het van jou? Stuur een appje naar {MOBILE:B}.|Stuur me een DM of bel {MOBILE:B}.⟧ #{CITY}

Reacties
{C.full}: ⟦volgens mij is dat van {A.first} van de bakker!|gedeeld 👍⟧
{B.full}: ⟦eigenaar gevonden, bedankt allemaal!|nog niks gehoord…⟧
""")

F("nl", "minutes", """
Notulen ⟦ledenvergadering VvE|bestuursvergadering oudervereniging|vergadering bewonerscommissie⟧ – {DATE}
Locatie: ⟦buurthuis, {STREET}|vergaderzaal {COMPANY}|online (Teams)⟧
Aanwezig: {A.full} (voorzitter), {B.full}, {C.init}, {D.full}⟦, {E.full}|⟧
Afwezig met bericht: {F.full}
Notulist: {G.full}

1. ⟦Notulen vorige vergadering: vastgesteld.|Mededelingen: geen.⟧
2. ⟦Financiën: {B.last} meldt een saldo van {AMOUNT}; contributie graag overmaken naar de penningmeester, {IBAN:B}.|Begroting: {B.first} licht de cijfers van het derde kwartaal toe (factuur {INVOICE} staat nog open).⟧
3. ⟦{C.last} brengt de parkeeroverlast bij de school ({SCHOOL}) ter sprake.|{D.first} vraagt offertes op bij {COMPANY} voor het schilderwerk.⟧
4. ⟦Rondvraag: {A.first} bedankt {E.first} voor de organisatie van de burendag.|Volgende vergadering: {DATEL}.⟧
Actiepunten: {D.last} – offertes vóór {DATEL}; {C.init} – brief aan de gemeente.
""")

F("nl", "court", """
⟦DAGVAARDING|OPROEPING MONDELINGE BEHANDELING⟧
Rechtbank {CITY}, team kanton
Zaaknummer: C/{N2}/{N6}

{A?Eiser:Eiseres}: {A.full}, gemachtigde: mr. {D.full}
⟦Gedaagde: {B.full}|Gedaagden: {B.full} en {C.full}⟧

⟦{A?De eiser:De eiseres} vordert ontbinding van de huurovereenkomst en ontruiming wegens een huurachterstand van {AMOUNT}.|De kantonrechter heeft een mondelinge behandeling bepaald.⟧ De zitting vindt plaats op {DATE} om {TIME} uur ⟦ten overstaan van kantonrechter mr. {E.last}|in zaal 1.14⟧.
⟦Betalingen kunnen worden voldaan op rekening {IBAN:A} ten name van {A?de eiser:de eiseres}.|⟧
Indien u niet verschijnt, kan verstek tegen u worden verleend.
Gerechtsdeurwaarder: {F.full}
""")

F("nl", "newsletter", """
⟦Personeelsnieuws {COMPANY}|Intern nieuws – {COMPANY}⟧ – ⟦voorjaar|najaar|winter⟧

⟦Welkom!|Nieuwe collega's:⟧ ⟦{A.full} versterkt sinds deze maand de financiële administratie; {A?hij:zij} komt van {PCOMPANY}. {B.full} start bij de IT-helpdesk.|We verwelkomen {A.full} (HR) en {B.full} (magazijn).⟧
⟦Afscheid|Pensioen⟧: na 23 jaar ⟦gaat {C.full} in juni met pensioen|neemt {C.full} afscheid⟧. ⟦Er ligt een kaart bij de receptie; {D.first} regelt het cadeau.|De afscheidsborrel van {C.first} is op {DATE}.⟧
⟦Gefeliciteerd {E.init} met het behalen van het RA-diploma!|Collega van het kwartaal: {E.full}.⟧ ⟦Sponsorloop: {F.first} haalde {AMOUNT} op voor het {HOSPITAL}.|⟧
IT-hoekje: ⟦update naar versie {VERSION}; vragen aan {G.full}.|let op phishing: IT vraagt nooit om je wachtwoord.⟧
""")


# =====================================================================================
# Polish frames (names are declined: {A.full@gen}, {A.first@voc}, ...)
# =====================================================================================
F("pl", "letter", """
{CITY}, {DATE}

⟦{B?Drogi:Droga} {B.first@voc}|Cześć {B.nick@voc}|{B?Kochany:Kochana} {B.nick@voc}⟧!

⟦Dziękuję jeszcze raz za cudowny weekend u Was!|Dawno do Ciebie nie {A?pisałem:pisałam}, przepraszam!|Jeszcze raz dziękuję za gościnę w {CITY2.1}.⟧ ⟦Dzieci ciągle o tym mówią, zwłaszcza {C.first}.|{C.first} {C?był zachwycony:była zachwycona} wycieczką nad jezioro.⟧ ⟦Wyobraź sobie, że {A?spotkałem:spotkałam} {D.full@acc} na zakupach w centrum – {D?wcale się nie zmienił:wcale się nie zmieniła}!|Ostatnio {A?widziałem:widziałam} {D.first@acc} {D.last@acc} na targu, pozdrawia Cię.⟧

⟦Mam nowy numer: {MOBILE:A}.|Zapisz sobie mój nowy numer: {MOBILE:A}.⟧ ⟦Na wspólny prezent dla {E.first@gen} możesz przelać pieniądze na moje konto: {IBAN:A}.|⟧

⟦Ściskam mocno|Buziaki dla wszystkich|Pozdrawiam serdecznie⟧,
{A.first}
""")

F("pl", "letter", """
{A.full}
{NIDN:A:cap}: {NID:A}
tel. {PHONE:A}, e-mail: {EMAIL:A}

{COMPANY}
Biuro Obsługi Klienta

{CITY}, {DATE}

Dotyczy: ⟦wypowiedzenie umowy nr {POLICY}|rozwiązanie umowy – numer klienta {CUSTNO}⟧

Szanowni Państwo,

niniejszym wypowiadam ⟦umowę|umowę abonencką⟧ nr {POLICY} ⟦z zachowaniem okresu wypowiedzenia|z dniem {DATE2}⟧. ⟦Ewentualną nadpłatę proszę zwrócić na mój rachunek {IBAN:A}.|Jednocześnie odwołuję zgodę na polecenie zapłaty z rachunku {IBAN:A}.⟧ ⟦{B?Współwłaściciel:Współwłaścicielka} umowy, {B.full}, wyraża zgodę na jej rozwiązanie.|⟧ Proszę o pisemne potwierdzenie.

Z poważaniem
{A.full}
""")

F("pl", "complaint", """
{A.full}
{EMAIL:A}

Dotyczy: reklamacja – ⟦zamówienie {ORDER}|sprawa {REF}|faktura {INVOICE}⟧

Szanowni Państwo,

dnia {DATE} {A?złożyłem:złożyłam} zamówienie {ORDER} (towar: {PRODUCT}). ⟦Paczka nigdy nie dotarła.|Dostarczony sprzęt był uszkodzony.⟧ ⟦Państwa konsultant, Pan {B.first}, obiecał oddzwonić w ciągu 48 godzin – nikt się nie odezwał.|Telefonicznie Pan {B.last} zapewniał mnie, że winę ponosi kurier.⟧ ⟦Inna konsultantka, {C.init}, powiedziała mi później coś zupełnie innego.|Później {A?rozmawiałem:rozmawiałam} jeszcze z {C.full@inst}, która twierdziła coś zupełnie innego.⟧

Żądam ⟦zwrotu całej kwoty|wymiany towaru⟧ w terminie 14 dni ⟦na rachunek {IBAN:A}|na kartę użytą przy zakupie ({MASKED})⟧. W przeciwnym razie zwrócę się do ⟦miejskiego rzecznika konsumentów|UOKiK⟧.

Kontakt: {PHONE:A}.

Z poważaniem
{A.LF}
""", people={"B": "m", "C": "f"})

F("pl", "complaint", """
{COMPANY}
{B?Pan:Pani} {B.full}

{CITY}, {DATE}

Dotyczy: zakłócanie ciszy nocnej ⟦przez sąsiadów z góry|w naszej klatce⟧

{B?Szanowny Panie:Szanowna Pani},

od ⟦kilku tygodni|początku miesiąca⟧ ⟦niemal codziennie|w nocy⟧ z mieszkania {C?Pana:Pani} {C.full@gen} dochodzi głośna muzyka. ⟦Rozmowa z {C?sąsiadem:sąsiadką} nic nie dała.|{D?Skarżył się już także:Skarżyła się już także} {D.full}, {D?sąsiad:sąsiadka} z parteru.⟧ Uprzejmie proszę o interwencję.

Jestem {A?dostępny:dostępna} pod numerem {MOBILE:A}⟦ lub mailowo: {EMAIL:A}|⟧.

Z poważaniem
{A.full}
""")

F("pl", "ticket", """
Zgłoszenie nr {TICKET} – ⟦Priorytet: wysoki|Status: otwarte|Kategoria: rozliczenia⟧
Od: {A.full} <{EMAIL:A}>
Temat: ⟦Nie mogę się zalogować|Podwójne obciążenie|Router ciągle się restartuje⟧

Dzień dobry,
⟦od aktualizacji do wersji {VERSION} nie mogę się zalogować.|od {DATE} połączenie zrywa się co dziesięć minut.⟧ ⟦Komunikat o błędzie mówi o podejrzanym logowaniu z adresu {IP:A}, ale to mój domowy adres IP.|Technik poprosił, żebym {A?przesłał:przesłała} mój adres IP: {IP:A}.⟧ ⟦Proszę o kontakt pod numerem {PHONE:A}.|Jestem {A?dostępny:dostępna} wieczorem pod numerem {PHONE:A}.⟧⟦ Podwójne obciążenie dotyczy karty {CARD:A}.|⟧
Pozdrawiam
{A.full}

--- Odpowiedź: {B.first} (Biuro Obsługi Klienta, {COMPANY}) ---
{A?Szanowny Panie:Szanowna Pani},
⟦dziękujemy za zgłoszenie.|dziękujemy za cierpliwość.⟧ ⟦{B?Odblokowałem:Odblokowałam} konto i {B?przekazałem:przekazałam} sprawę {C.full@dat} z działu rozliczeń.|Technik, {C?Pan:Pani} {C.full}, przyjedzie {DATEL} w godzinach 8–12.⟧ ⟦Czy logowanie z adresu {IP6:A} również było {A?Pana:Pani}?|⟧
Z poważaniem
{B.full}
""")

F("pl", "ticket", """
Czat z konsultantem – {DATE}
{TIME} Klient: dzień dobry, moja paczka {TRACKING} ⟦nie dotarła|ma status doręczonej, ale jej nie mam⟧
{TIME} {B.first}: Dzień dobry! Przepraszam za kłopot. Czy mogę prosić o imię i nazwisko oraz e-mail z zamówienia?
{TIME2} Klient: {A.low}, {EMAIL:A}
{TIME2} {B.first}: Dziękuję, {A?Panie:Pani} {A.first@voc}. Według potwierdzenia paczka ({ORDER}) ⟦została zostawiona u {C?sąsiada:sąsiadki}, {C.full@gen},|została odebrana przez osobę podpisaną jako „{C.ULAST}”,⟧ o {TIME3}.
{TIME3} Klient: ⟦nie znam nikogo takiego|to nie jest mój sąsiad⟧
{TIME4} {B.first}: Wszczynam postępowanie wyjaśniające. ⟦{D.full} z działu reklamacji oddzwoni pod numer {PHONE:A}.|W ciągu 48 godzin skontaktuje się z {A?Panem:Panią} {D.first}.⟧
""")

F("pl", "hr", """
POUFNE – ⟦Ocena okresowa|Rozmowa roczna|Ocena po okresie próbnym⟧ {YEAR}
{A?Pracownik:Pracownica}: {A.LF}, nr ewid. {CUSTNO}
{B?Przełożony:Przełożona}: {B.full}
Dział HR: {C.init}

{A?Pan:Pani} {A.first} ⟦{A?zrealizował:zrealizowała} większość celów|ma za sobą bardzo dobry rok|systematycznie robi postępy⟧. ⟦Wiosną {A?przejął:przejęła} klientów w {CITY.1} od {D.full@gen} i {A?utrzymał:utrzymała} wszystkie kluczowe konta.|Opinie {D.first@gen} i reszty zespołu są bardzo pozytywne.⟧ ⟦Obszar do rozwoju: delegowanie zadań i raportowanie.|Obszar do rozwoju: ustalanie priorytetów w okresach zamknięć.⟧

⟦Premia w wysokości {AMOUNT} zostanie wypłacona na rachunek {IBAN:A}.|Podwyżka wynagrodzenia o {PCT}% od {DATE}.⟧ ⟦Dane kadrowe zaktualizowane ({NIDN:A}: {NID:A}).|⟧
Podpisy: {B.last} ({B?przełożony:przełożona}) – {A.last} ({A?pracownik:pracownica})
""")

F("pl", "hr", """
Notatka służbowa – {DATE}
Obecni: {B.full} (HR), {A.full}, {C.full} (⟦związki zawodowe|{C?społeczny:społeczna} inspektor pracy⟧)
Temat: ⟦wniosek o pracę zdalną|powrót z urlopu rodzicielskiego|konflikt w zespole⟧

⟦{A?Pan:Pani} {A.full} wnioskuje o pracę zdalną dwa dni w tygodniu.|{A?Pan:Pani} {A.last} {A?zgłosił:zgłosiła} problemy we współpracy z {D.full@inst}.|{A.first} wraca do pracy {DATEL} w niepełnym wymiarze.⟧ {B.first} {B?omówił:omówiła} procedurę i terminy. ⟦Odpowiedź na piśmie w ciągu 14 dni na adres {EMAIL:A}.|Kolejne spotkanie: {DATEL}.⟧ ⟦Preferowany kontakt: {MOBILE:A}.|⟧
""")

F("pl", "cv", """
CURRICULUM VITAE

{A.full}
{MOBILE:A} · {EMAIL:A} · {CITY}

PROFIL
⟦{A?Księgowy:Księgowa}|{A?Programista:Programistka}|{A?Pielęgniarz:Pielęgniarka}|{A?Koordynator:Koordynatorka} ds. logistyki⟧ z ⟦ośmioletnim|pięcioletnim|dwunastoletnim⟧ doświadczeniem ⟦w sektorze publicznym i prywatnym|w Polsce i za granicą⟧.

DOŚWIADCZENIE
⟦2019|2020⟧ – obecnie: ⟦{A?Główny księgowy:Główna księgowa}|{A?Kierownik:Kierowniczka} zespołu|{A?Specjalista:Specjalistka} ds. IT⟧, {COMPANY}, {CITY}
  • ⟦Kierowanie sześcioosobowym zespołem; raportowanie do {B.full@gen}.|Migracja systemu kadrowo-płacowego do wersji {VERSION}.⟧
⟦2014|2015⟧ – ⟦2019|2020⟧: ⟦{A?Młodszy specjalista:Młodsza specjalistka}|{A?Stażysta:Stażystka}⟧, {PCOMPANY}

WYKSZTAŁCENIE
⟦Ekonomia, studia magisterskie|Informatyka, studia inżynierskie|Pielęgniarstwo, studia licencjackie⟧, uczelnia w {CITY2.1}

JĘZYKI: angielski (C1), ⟦niemiecki|ukraiński|hiszpański⟧ (B2)

REFERENCJE
{C.full}, ⟦{C?były przełożony:była przełożona}|{C?kierownik:kierowniczka} działu⟧ – {PHONE:C}
⟦{D.init} – {EMAIL:D}|Na życzenie.⟧

Wyrażam zgodę na przetwarzanie moich danych osobowych w celu prowadzenia rekrutacji.
""")

F("pl", "chat", """
[{TIME}] {A.full}: ⟦Dzień dobry wszystkim|Cześć zespół⟧, ⟦kto bierze dziś spotkanie z klientem w {CITY.1}?|ma ktoś dane logowania do serwera testowego?⟧
[{TIME}] {B.first}: ⟦ja mogę|biorę⟧ ⟦jeśli {C.first} podeśle mi notatki|po daily⟧
[{TIME2}] {C.full}: ⟦wysłane|sprawdź maila⟧. Swoją drogą, {D.last} z księgowości ⟦pyta o fakturę {INVOICE}|pyta, co ze zwrotem⟧
[{TIME2}] {A.first}: dzięki! ⟦fyi, w logach VPN laptop {B.first@gen} znowu wisi na {IP:B}, możesz zrestartować?|{D.first} jest na urlopie do poniedziałku, komórka {MOBILE:D} tylko w pilnych sprawach⟧
[{TIME3}] {B.first}: 👍⟦|
[{TIME4}] {B.first}: a, do kadr – mój {NIDN:B:PL_PESEL} to {NID:B:PL_PESEL}⟧
""")

F("pl", "chat", """
[{DATE}, {TIME}] {A.nick}: ⟦hej rodzinko|cześć wszystkim⟧ ⟦kto jutro odbiera {C.first@acc} ze szkoły?|obiad w niedzielę aktualny?⟧
[{DATE}, {TIME2}] {B.nick}: ⟦ja mogę|ja odbiorę⟧ ⟦chyba że {D.nick} wcześniej kończy|ale dopiero po 17⟧
[{DATE}, {TIME2}] {D.nick}: ⟦pracuję sorki|nie dam rady, mam dentystę⟧
[{DATE}, {TIME3}] {A.nick}: ok. ⟦btw nowy numer babci: {MOBILE:E}|podsyłam numer konta na prezent dla dziadka: {IBAN:A}⟧
[{DATE}, {TIME4}] {B.nick}: dzięki {A.nick@voc} ❤️
[{DATE}, {TIME4}] {C.nick}: ⟦a {F.nick} może iść z nami?|mama {F.first@gen} się zgodziła!!⟧⟦|
[{DATE}, {TIME5}] {D.nick}: ma ktoś pesel babci? potrzebny do szpitala
[{DATE}, {TIME5}] {A.nick}: {NID:E:PL_PESEL}⟧
""", lower=0.6)

F("pl", "invoice", """
FAKTURA VAT nr {INVOICE}
Data wystawienia: {DATE}   Miejsce wystawienia: {CITY}

Sprzedawca:
⟦{A.full}|⟦Tłumaczenia|Usługi Fotograficzne|Usługi Informatyczne⟧ {A.full}⟧
⟦NIP|NIP UE|NIP-UE⟧: {VAT:A}
{EMAIL:A}, tel. {PHONE:A}

Nabywca:
{COMPANY}
Osoba kontaktowa: {B.full}

Lp. Nazwa usługi                              Wartość netto
1. ⟦Tłumaczenie instrukcji obsługi|Sesja zdjęciowa {DATEA}|Opieka nad stroną WWW – II kw.⟧   {AMOUNT}
2. ⟦Koszty dojazdu|Licencja|Hosting⟧   {AMOUNT2}
VAT 23%

Termin płatności: 14 dni. Nr rachunku: {IBAN:A}
⟦Dziękuję za współpracę.|Podpis osoby upoważnionej do wystawienia: {A.init}⟧
""")

F("pl", "invoice", """
{PCOMPANY}
PARAGON FISKALNY nr {N6}   {DATE} {TIME}

⟦1 x {PRODUCT}|Naprawa + robocizna⟧        {AMOUNT}
Płatność kartą {MASKED}
⟦{B?Kasjer:Kasjerka}: {B.first}|Kasa 2 – {B.full}⟧
⟦Karta lojalnościowa: {A.init} ({EMAIL:A})|NIP nabywcy: {VAT:A}⟧
⟦Dziękujemy za zakupy!|Zwroty w ciągu 14 dni z paragonem.⟧
""")

F("pl", "email", """
Od: {B.full} <{EMAIL:B}>
Do: {A.full} <{WEMAIL:A}>
Data: {DATE}
Temat: Odp: ⟦oglądanie mieszkania w sobotę|wspólny dojazd na konferencję|przekazanie kluczy⟧

⟦Cześć {A.nick@voc}|Hej {A.first}⟧,
⟦sobota mi pasuje.|nie ma problemu.⟧ ⟦Przyjdę z {C.first@inst}, {C?moim współlokatorem:moją współlokatorką}.|Może dołączy też {C?mój partner:moja partnerka}, {C.full}.⟧ ⟦Gdyby coś się zmieniło, mój numer to {MOBILE:B}.|⟧
{B.first}

{DATEA} {A.full} {A?napisał:napisała}:
> ⟦Cześć {B.nick@voc}, pasuje Ci sobota o 11? Możemy się spotkać w kawiarni przy {STREET}.|{B?Szanowny Panie:Szanowna Pani}, czy sobota o 11 byłaby dogodna? Proponuję spotkanie przy {STREET}.⟧
⟦> Do umowy najmu podaję {NIDN:A:PL_PESEL}: {NID:A:PL_PESEL}.
|⟧> ⟦Pozdrawiam|Do zobaczenia⟧, {A.first}
> ⟦{A.full} · {COMPANY} · {MOBILE:A}|Wysłane z iPhone'a⟧
""")

F("pl", "email", """
Temat: PD: ⟦rozliczenie delegacji {REF}|dostęp dla nowej osoby|faktura {INVOICE}⟧

⟦{B.nick@voc}, możesz się tym zająć? Dzięki, {A.first}|Do realizacji. {A.first}⟧

---------- Przekazana wiadomość ----------
Od: {C.full} <{WEMAIL:C}>
Data: {DATE}
Do: {A.full} <{WEMAIL:A}>

Cześć {A.first@voc},
⟦od poniedziałku zaczyna u nas {D.full}, potrzebny będzie dostęp do VPN. Prywatny e-mail do pakietu powitalnego: {EMAIL:D}.|moje rozliczenie delegacji ({CITY}) nadal czeka; zwrot proszę przelać na {IBAN:C}.|faktura {INVOICE} została opłacona dwukrotnie – proszę o zwrot na kartę {CARD:C} albo telefon: {MOBILE:C}.⟧
Pozdrawiam
{C.first}
""")

F("pl", "police", """
⟦Komenda Rejonowa Policji|Komisariat Policji|Komenda Miejska Policji⟧ w {CITY.1}
PROTOKÓŁ PRZYJĘCIA USTNEGO ZAWIADOMIENIA O PRZESTĘPSTWIE – ⟦RSD|RSO⟧-{N4}/24

Dnia {DATE}, godz. {TIME}, ⟦st. sierż.|asp.|mł. asp.⟧ {B.full} {B?przyjął:przyjęła} zawiadomienie od {A?Pana:Pani} {A.full@gen}, PESEL {NID:A:PL_PESEL}, tel. {PHONE:A}.
{A?Zawiadamiający zeznał:Zawiadamiająca zeznała}:
„⟦Dnia {DATEA} około godz. {TIME2} skradziono mi rower sprzed sklepu przy {STREET}.|{E?Mężczyzna, którego znam jako:Kobieta, którą znam jako} »{E.first}«, {E?groził:groziła} mi przed sklepem przy {STREET}.|Po kradzieży portfela moja karta {CARD:A} została użyta do zakupów w internecie z adresu IP {IP:E}.⟧ ⟦Całe zdarzenie {C?widział mój sąsiad:widziała moja sąsiadka}, {C.full}.|{C?Obecny był również:Obecna była również} {C.full}, {C?który:która} może to potwierdzić.⟧”
⟦Jako sprawcę wskazano {E.full@acc}.|Sprawca nieznany.⟧
Protokół odczytano i podpisano.
{B.init}
""")

F("pl", "medical", """
{HOSPITAL} – Oddział ⟦Kardiologiczny|Chirurgii Urazowo-Ortopedycznej|Chorób Wewnętrznych⟧
KARTA INFORMACYJNA LECZENIA SZPITALNEGO

{A?Pacjent:Pacjentka}: {A.LF}, PESEL: {NID:A:PL_PESEL}
⟦Tel.: {PHONE:A}|⟧
Okres hospitalizacji: {DATEA} – {DATE}
Lekarz kierujący: lek. {B.full}

Rozpoznanie: ⟦ból w klatce piersiowej; EKG i troponina w normie. Zalecenia: ramipryl 2,5 mg, atorwastatyna 40 mg.|złamanie dalszej nasady kości promieniowej prawej po upadku, leczone operacyjnie. Kontrola w poradni za dwa tygodnie.|pozaszpitalne zapalenie płuc. Amoksycylina przez siedem dni.⟧
{A?Pacjent był konsultowany:Pacjentka była konsultowana} przez {C?dr.:dr} {C.full@acc}⟦ oraz {D?fizjoterapeutę:fizjoterapeutkę} {D.full@acc}|⟧.
Osoba upoważniona do informacji: {E.full} ({MOBILE:E}).

{F?Lekarz prowadzący:Lekarka prowadząca}: lek. {F.init}
""")

F("pl", "insurance", """
ZGŁOSZENIE SZKODY – ⟦OC komunikacyjne|ubezpieczenie mieszkania|ubezpieczenie turystyczne⟧
Nr polisy: {POLICY}   Nr szkody: {REF}
{A?Ubezpieczony:Ubezpieczona}: {A.lcf}, PESEL {NID:A:PL_PESEL}
Telefon: {PHONE:A} · E-mail: {EMAIL:A}
Rachunek do wypłaty odszkodowania: {IBAN:A}

Opis zdarzenia: ⟦dnia {DATE} z mieszkania powyżej, zajmowanego przez {B.full@acc}, doszło do zalania; zniszczony sufit i meble.|dnia {DATE} {B.full} podczas wyjeżdżania z miejsca parkingowego {B?uderzył:uderzyła} w mój zaparkowany samochód. Telefon sprawcy: {PHONE:B}. Spisano wspólne oświadczenie.|dnia {DATE} skradziono mi walizkę w hotelu w {CITY.1}.⟧
⟦Świadek: {C.fi}|Świadek: {C.full}|⟧
Szacowana wartość szkody: {AMOUNT}

Oświadczam, że powyższe dane są zgodne z prawdą.
{CITY2}, {DATEL} – {A.full}
---
{D?Likwidator:Likwidatorka} szkody: {D.full}⟦ – zatwierdzono do wypłaty|⟧
""")

F("pl", "school", """
{SCHOOL} – ⟦wiadomość do rodziców|informacja dla rodziców⟧ – ⟦klasa 1b|klasa 3a|grupa „Biedronki”⟧

Szanowni Rodzice,
⟦wycieczka do centrum nauki odbędzie się {DATE}.|zebranie z rodzicami odbędzie się {DATE} w {SCHOOL.1}.⟧ ⟦Prosimy o przekazanie podpisanych zgód {B?panu:pani} {B.full@dat} do piątku.|Zgody można składać w sekretariacie u {B?pana:pani} {B.first@gen}.⟧
⟦Gratulujemy {C.full@dat} i {D.first@dat} zwycięstwa w konkursie czytelniczym!|Gratulacje dla {C.first@gen} i {D.first@gen} za zdobycie karty pływackiej.⟧
⟦Mama {E.first@gen}, {F.full}, pojedzie z nami jako opiekunka – serdecznie dziękujemy!|Witamy panią {F.full@acc}, nową nauczycielkę wspomagającą.⟧
W razie pytań: ⟦{G.full}, {G?wychowawca:wychowawczyni}, {WEMAIL:G}|proszę o kontakt z {G?panem:panią} {G.full@inst} przez dziennik elektroniczny⟧.
""", people={"F": "f"})

F("pl", "social", """
⟦★☆☆☆☆ ⟦Omijać szerokim łukiem!|Rozczarowanie⟧ – {PCOMPANY}, {CITY}
Opinia: {A.fi} · {DATE}
⟦Zamówienie {ORDER} przyszło uszkodzone, a zwrotu pieniędzy nie da się wyegzekwować.|{A?Przyszedłem:Przyszłam} na drobną naprawę, {A?wyszedłem:wyszłam} po dwóch godzinach bez rozwiązania.⟧ {B?Kierownik:Kierowniczka}, {B.first}, {B?był bardzo niemiły:była bardzo niemiła}. Więcej nie przyjdę.

Odpowiedź właściciela: {A?Panie:Pani} {A.first@voc}, bardzo nam przykro – przekazaliśmy opinię zespołowi. – {D.full}|★★★★★ ⟦Świetna obsługa|Polecam z całego serca⟧ – {PCOMPANY}, {CITY}
Opinia: {A.fi} · {DATE}
⟦Organizowaliśmy 70. urodziny mamy i wszystko było perfekcyjnie.|Szybko, miło i w uczciwej cenie.⟧ {B.first} przy ladzie {B?załatwił:załatwiła} wszystko w pięć minut. ⟦Wielkie dzięki dla {C.full@gen}!|Podziękowania także dla {C.first@gen}!⟧

Odpowiedź właściciela: Dziękujemy, {A?Panie:Pani} {A.first@voc}! {C.first} na pewno się ucieszy. – {D.first}, {D?właściciel:właścicielka}⟧
""")

F("pl", "social", """
⟦ZNALEZIONE|ZGUBIONE⟧: ⟦czarny portfel|klucze z czerwonym brelokiem|niebieski plecak⟧ ⟦dziś rano|wczoraj wieczorem⟧ w okolicy {STREET}. ⟦W środku jest karta biblioteczna na nazwisko {A.UP}.|Na breloku jest napis „{A.fi}”.⟧ ⟦Właściciel? Proszę o SMS na {MOBILE:B}.|Piszcie na priv albo dzwońcie: {MOBILE:B}.⟧ #{CITY}

Komentarze
{C.full}: ⟦to chyba {A?pan:pani} {A.first} z piekarni!|udostępniam 👍⟧
{B.full}: ⟦właściciel się znalazł, dzięki wszystkim!|nadal bez odzewu…⟧
""")

F("pl", "minutes", """
PROTOKÓŁ z ⟦zebrania Wspólnoty Mieszkaniowej|posiedzenia Rady Rodziców|walnego zebrania stowarzyszenia⟧ – {DATE}
Miejsce: ⟦świetlica, {STREET}|sala konferencyjna ({COMPANY})|spotkanie online⟧
Obecni: {A.full} ({A?przewodniczący:przewodnicząca}), {B.full}, {C.init}, {D.full}⟦, {E.full}|⟧
{F?Nieobecny (usprawiedliwiony):Nieobecna (usprawiedliwiona)}: {F.full}
{G?Protokolant:Protokolantka}: {G.full}

1. ⟦Przyjęcie protokołu z poprzedniego zebrania – jednogłośnie.|Wolne wnioski – przełożone.⟧
2. ⟦Finanse: {B?Pan:Pani} {B.last} {B?poinformował:poinformowała} o saldzie {AMOUNT}; składki należy wpłacać na rachunek {B?skarbnika:skarbniczki}: {IBAN:B}.|Budżet: {B.first} {B?przedstawił:przedstawiła} wyniki III kwartału (faktura {INVOICE} nadal nieopłacona).⟧
3. ⟦{C?Pan:Pani} {C.last} {C?zgłosił:zgłosiła} problem z parkowaniem przy szkole ({SCHOOL}).|{D.first} zbierze oferty na remont klatki (m.in. {COMPANY}).⟧
4. ⟦{A.first} {A?podziękował:podziękowała} {E.first@dat} za organizację pikniku sąsiedzkiego.|Następne zebranie: {DATEL}.⟧
Zadania: {D.last} – oferty do {DATEL}; {C.init} – pismo do urzędu miasta.
""")

F("pl", "court", """
Sąd Rejonowy w {CITY.1}
⟦I|II|XVI⟧ Wydział Cywilny
Sygn. akt ⟦I|II|XVI⟧ C {N4}/24

⟦WEZWANIE NA ROZPRAWĘ|ZAWIADOMIENIE O TERMINIE ROZPRAWY⟧

w sprawie z powództwa {A.full@gen}
przeciwko ⟦{B.full@dat}|{B.full@dat} (PESEL {NID:B:PL_PESEL})|{B.full@dat} i {C.full@dat}⟧
o ⟦eksmisję|zapłatę zaległego czynszu ({AMOUNT})⟧

Sąd wzywa do stawiennictwa na rozprawie w dniu {DATE}, o godz. {TIME}, sala nr ⟦12|105|B-3⟧.
{A?Pełnomocnik powoda:Pełnomocnik powódki}: ⟦adw.|r.pr.⟧ {D.full}.
⟦Niestawiennictwo nie wstrzymuje rozpoznania sprawy.|⟧

Sędzia {E.full}
Sekretarz sądowy: {F.init}
""")

F("pl", "court", """
{CITY}, {DATE}

PRZEDSĄDOWE WEZWANIE DO ZAPŁATY

Wierzyciel: {A.full}
{B?Dłużnik:Dłużniczka}: {B.full}

Działając w imieniu własnym, wzywam {B?Pana:Panią} do zapłaty kwoty {AMOUNT} tytułem zaległego czynszu najmu lokalu mieszkalnego ⟦za okres styczeń–marzec|za okres od kwietnia do czerwca⟧, w terminie 7 dni od doręczenia niniejszego wezwania, na rachunek bankowy nr {IBAN:A}.
W przypadku braku zapłaty sprawa zostanie skierowana na drogę postępowania sądowego, co narazi {B?Pana:Panią} na dodatkowe koszty.
⟦Kontakt: {PHONE:A}|⟧

{A.full}
""")

F("pl", "newsletter", """
⟦Biuletyn wewnętrzny {COMPANY}|Z życia firmy – {COMPANY}⟧ – ⟦wiosna|jesień|zima⟧

⟦Witamy w zespole!|Nowe osoby:⟧ ⟦Do działu finansowego {A?dołączył:dołączyła} {A.full}, {A?który wcześniej pracował:która wcześniej pracowała} w firmie {PCOMPANY}; w dziale IT zaczyna {B.full}.|Witamy {A.full@acc} (HR) oraz {B.full@acc} (magazyn).⟧
⟦Pożegnanie|Emerytura⟧: po 23 latach ⟦na emeryturę przechodzi {C.full}|żegnamy {C.full@acc}⟧. ⟦Kartka leży w recepcji, zbiórkę organizuje {D.first}.|Pożegnanie {C.first@gen} odbędzie się {DATE}.⟧
⟦Gratulacje dla {E.full@gen} z okazji zdania egzaminu ACCA!|{E?Pracownik:Pracownica} kwartału: {E.full}.⟧ ⟦Bieg charytatywny: {F.first} {F?zebrał:zebrała} {AMOUNT} na rzecz szpitala ({HOSPITAL}).|⟧
Kącik IT: ⟦zaktualizujcie aplikację do wersji {VERSION}; pytania do {G.full@gen}.|uwaga na phishing – dział IT nigdy nie prosi o hasło.⟧
""")



# =====================================================================================
# Extra frames per language: HR onboarding forms and health-expense claims (national ids)
# =====================================================================================
F("en", "hr", """
NEW STARTER FORM – {COMPANY}
Start date: {DATE}
Surname: {A.ULAST}     First name(s): {A.first}
Personal mobile: {MOBILE:A}     Personal email: {EMAIL:A}
⟦Office: Dublin · PPS number: {NID:A:IE_PPSN}|Office: Stockholm · Personnummer: {NID:A:SE_PERSONNUMMER}|Office: Copenhagen · CPR no.: {NID:A:DK_CPR}|Office: Lisbon · NIF: {NID:A:PT_NIF}|Office: Malmö · Swedish personal identity number: {NID:A:SE_PERSONNUMMER}|Office: Aarhus · CPR number: {NID:A:DK_CPR}⟧
Salary account (IBAN): {IBAN:A}
⟦Contract type: employee|Contract type: contractor (self-employed), VAT no. {VAT:A}⟧
Emergency contact: {B.full} (⟦partner|{B?father:mother}|{B?brother:sister}⟧), {PHONE:B}
Line manager: {C.full}     Buddy: {D.first}
Completed by: {E.init}, HR
""", weight=2)

F("en", "insurance", """
⟦HEALTH INSURANCE CLAIM|Medical expenses reimbursement|Travel medical claim⟧ – member no. {POLICY}
Member: {A.full}
⟦PPS number: {NID:A:IE_PPSN}|Personnummer: {NID:A:SE_PERSONNUMMER}|CPR number: {NID:A:DK_CPR}|NIF: {NID:A:PT_NIF}⟧
Phone: {PHONE:A}   Email: {EMAIL:A}
Patient: ⟦self|{B.full} (dependant)⟧
Treating practitioner: ⟦Dr {C.full}, GP practice|{C.full}, physiotherapist|{C.full}, dental surgeon⟧
Date of treatment: {DATE}   Amount paid: {AMOUNT}
⟦Paid by card {CARD:A}; please refund to the same card.|Please reimburse to {IBAN:A}.⟧
Signature: {A.init}   Date: {DATEL}
""", weight=2)

F("fr", "hr", """
FICHE DE RENSEIGNEMENTS – {A?nouvel embauché:nouvelle embauchée}
{COMPANY} – date d'entrée : {DATE}
Nom : {A.ULAST}     Prénom : {A.first}
⟦N° de sécurité sociale : {NID:A:FR_NIR}|NIR : {NID:A:FR_NIR}|Numéro de registre national : {NID:A:BE_NATIONAL_NUMBER}⟧
Portable : {MOBILE:A}     Courriel personnel : {EMAIL:A}
IBAN pour le versement du salaire : {IBAN:A}
Personne à prévenir en cas d'urgence : {B.full} (⟦{B?conjoint:conjointe}|{B?père:mère}|{B?frère:sœur}⟧), {PHONE:B}
Responsable : {C.full}     Parrain ou marraine : {D.first}
Saisi par : {E.init}, service RH
""")

F("fr", "insurance", """
⟦DEMANDE DE REMBOURSEMENT – MUTUELLE|Bordereau de remboursement complémentaire santé⟧
{A?Adhérent:Adhérente} : {A.LF} – n° adhérent {POLICY}
⟦N° de sécurité sociale : {NID:A:FR_NIR}|NIR : {NID:A:FR_NIR}|NISS : {NID:A:BE_NATIONAL_NUMBER}⟧
Tél. : {PHONE:A} – {EMAIL:A}
Bénéficiaire des soins : ⟦{A?l'adhérent:l'adhérente}|{B.full} (ayant droit)⟧
Praticien : {C.full}, ⟦masseur-kinésithérapeute|chirurgien-dentiste|orthoptiste⟧
Date des soins : {DATE} – Montant réglé : {AMOUNT}
⟦Remboursement par virement sur {IBAN:A}.|Réglé par carte {CARD:A} ; merci de rembourser sur le compte {IBAN:A}.⟧
Signature : {A.init}, le {DATEL}
""")

F("de", "hr", """
PERSONALFRAGEBOGEN – {COMPANY}
Eintrittsdatum: {DATE}
Name: {A.ULAST}     Vorname: {A.first}
⟦Steuerliche Identifikationsnummer: {NID:A:DE_TAX_ID}|Steuer-ID: {NID:A:DE_TAX_ID}|Sozialversicherungsnummer (Österreich): {NID:A:AT_SSN}|SV-Nummer: {NID:A:AT_SSN}⟧
Handy: {MOBILE:A}     private E-Mail: {EMAIL:A}
IBAN für die Gehaltszahlung: {IBAN:A}
Notfallkontakt: {B.full} (⟦{B?Ehemann:Ehefrau}|{B?Vater:Mutter}|{B?Bruder:Schwester}⟧), {PHONE:B}
{C?Vorgesetzter:Vorgesetzte}: {C.full}     {D?Pate:Patin}: {D.first}
Erfasst durch: {E.init}, Personalabteilung
""")

F("de", "insurance", """
⟦ERSTATTUNGSANTRAG – Zahnzusatzversicherung|Antrag auf Kostenerstattung – Auslandsreisekrankenversicherung|Leistungsantrag Krankenzusatzversicherung⟧
Versicherungsnummer: {POLICY}
{A?Versicherter:Versicherte}: {A.lcf}
⟦SV-Nummer: {NID:A:AT_SSN}|Steuer-ID (für die Bescheinigung): {NID:A:DE_TAX_ID}|Sozialversicherungsnummer: {NID:A:AT_SSN}⟧
Telefon: {PHONE:A} · E-Mail: {EMAIL:A}
Behandelte Person: ⟦{A?der Versicherte:die Versicherte} selbst|{B.full} (mitversichert)⟧
{C?Behandelnder Arzt:Behandelnde Ärztin}: Dr. {C.full}
Behandlungsdatum: {DATE} – Rechnungsbetrag: {AMOUNT}
⟦Erstattung bitte auf {IBAN:A}.|Bezahlt mit Kreditkarte {CARD:A}; Erstattung bitte auf das Konto {IBAN:A}.⟧
Datum/Unterschrift: {DATEL}, {A.init}
""")

F("es", "hr", """
FICHA DE ALTA DE PERSONAL – {COMPANY}
Fecha de incorporación: {DATE}
Apellidos: {A.ULAST}     Nombre: {A.first}
{NIDN:A}: {NID:A}
Móvil: {MOBILE:A}     Correo personal: {EMAIL:A}
Cuenta para la nómina (IBAN): {IBAN:A}
Contacto de emergencia: {B.full} (⟦{B?marido:mujer}|{B?padre:madre}|{B?hermano:hermana}⟧), {PHONE:B}
Responsable: {C.full}     {D?Compañero:Compañera} de acogida: {D.first}
Registrado por: {E.init}, RR. HH.
""")

F("es", "insurance", """
SOLICITUD DE REEMBOLSO DE GASTOS MÉDICOS
Póliza n.º {POLICY}
{A?Asegurado:Asegurada}: {A.full} – {NIDN:A} {NID:A}
Teléfono: {PHONE:A} · Correo: {EMAIL:A}
Paciente: ⟦{A?el propio asegurado:la propia asegurada}|{B.full} ({B?beneficiario:beneficiaria})⟧
Profesional: {C?Dr.:Dra.} {C.full}, ⟦fisioterapia|odontología|oftalmología⟧
Fecha: {DATE} – Importe abonado: {AMOUNT}
⟦Reembolso por transferencia a {IBAN:A}.|Pagado con la tarjeta {CARD:A}; reembolsar en la cuenta {IBAN:A}.⟧
Firma: {A.init} – {DATEL}
""")

F("it", "hr", """
SCHEDA ANAGRAFICA NUOVO ASSUNTO – {COMPANY}
Data di assunzione: {DATE}
Cognome: {A.ULAST}     Nome: {A.first}
Codice fiscale: {NID:A}
Cellulare: {MOBILE:A}     E-mail personale: {EMAIL:A}
IBAN per l'accredito dello stipendio: {IBAN:A}
Contatto di emergenza: {B.full} (⟦{B?marito:moglie}|{B?padre:madre}|{B?fratello:sorella}⟧), {PHONE:B}
Responsabile: {C.full}     Tutor: {D.first}
Compilato da: {E.init}, Ufficio Personale
""")

F("it", "insurance", """
RICHIESTA DI RIMBORSO – ⟦Fondo sanitario integrativo|Polizza salute⟧
N. iscrizione: {POLICY}
{A?Iscritto:Iscritta}: {A.LF} – C.F. {NID:A}
Telefono: {PHONE:A} – E-mail: {EMAIL:A}
Beneficiario della prestazione: ⟦titolare|{B.full} (familiare a carico), C.F. {NID:B}⟧
Professionista: {C?dott.:dott.ssa} {C.full}, ⟦fisioterapia|odontoiatria|oculistica⟧
Data: {DATE} – Importo pagato: {AMOUNT}
⟦Rimborso su IBAN {IBAN:A}.|Pagato con carta {CARD:A}; rimborso su IBAN {IBAN:A}.⟧
Firma: {A.init} – {DATEL}
""")

F("nl", "hr", """
PERSONEELSGEGEVENS NIEUWE MEDEWERKER – {COMPANY}
Datum in dienst: {DATE}
Achternaam: {A.ULAST}     Voornaam: {A.first}
⟦BSN: {NID:A:NL_BSN}|Burgerservicenummer: {NID:A:NL_BSN}|Rijksregisternummer: {NID:A:BE_NATIONAL_NUMBER}⟧
Mobiel: {MOBILE:A}     Privé-e-mail: {EMAIL:A}
IBAN voor salarisbetaling: {IBAN:A}
Contactpersoon bij nood: {B.full} (⟦partner|{B?vader:moeder}|{B?broer:zus}⟧), {PHONE:B}
Leidinggevende: {C.full}     Buddy: {D.first}
Ingevoerd door: {E.init}, HR
""")

F("nl", "insurance", """
DECLARATIE ZORGKOSTEN – polisnummer {POLICY}
Verzekerde: {A.lcf}
⟦BSN: {NID:A:NL_BSN}|Burgerservicenummer: {NID:A:NL_BSN}|Rijksregisternummer: {NID:A:BE_NATIONAL_NUMBER}⟧
Telefoon: {PHONE:A} · E-mail: {EMAIL:A}
Behandelde persoon: ⟦verzekerde zelf|{B.full} (meeverzekerd)⟧
Zorgverlener: {C.full}, ⟦fysiotherapeut|tandarts|optometrist⟧
Behandeldatum: {DATE} – Betaald bedrag: {AMOUNT}
⟦Uitbetalen op {IBAN:A}.|Betaald met creditcard {CARD:A}; graag terugstorten op {IBAN:A}.⟧
Handtekening: {A.init} – {DATEL}
""")

F("pl", "hr", """
KWESTIONARIUSZ OSOBOWY PRACOWNIKA – {COMPANY}
Data zatrudnienia: {DATE}
Nazwisko: {A.ULAST}     Imię: {A.first}
PESEL: {NID:A:PL_PESEL}
Telefon komórkowy: {MOBILE:A}     E-mail prywatny: {EMAIL:A}
Numer rachunku do wypłaty wynagrodzenia: {IBAN:A}
Osoba do powiadomienia w razie wypadku: {B.full} (⟦{B?mąż:żona}|{B?ojciec:matka}|{B?brat:siostra}⟧), {PHONE:B}
{C?Przełożony:Przełożona}: {C.full}     {D?Opiekun:Opiekunka} wdrożenia: {D.first}
{E?Wypełnił:Wypełniła}: {E.init}, dział kadr
""")

F("pl", "insurance", """
WNIOSEK O ZWROT KOSZTÓW LECZENIA – ⟦ubezpieczenie zdrowotne|polisa turystyczna⟧
Nr polisy: {POLICY}
{A?Ubezpieczony:Ubezpieczona}: {A.full}, PESEL {NID:A:PL_PESEL}
Telefon: {PHONE:A}, e-mail: {EMAIL:A}
Osoba lecząca się: ⟦{A?ubezpieczony:ubezpieczona}|{B.full} (członek rodziny), PESEL {NID:B:PL_PESEL}⟧
Lekarz: {C?dr.:dr} {C.full}, ⟦fizjoterapia|stomatologia|okulistyka⟧
Data wizyty: {DATE} – Zapłacono: {AMOUNT}
⟦Zwrot na rachunek {IBAN:A}.|Zapłacono kartą {CARD:A}; proszę o zwrot na rachunek {IBAN:A}.⟧
Podpis: {A.init}, {DATEL}
""")



# =====================================================================================
# Extra frames per language: letters to tax / social-security offices, e-mails to accountants
# =====================================================================================
F("en", "letter", """
{A.full}
{EMAIL:A} · {PHONE:A}

⟦Revenue – PAYE Services
Re: refund of overpaid tax for {YEAR} – PPS number {NID:A:IE_PPSN}|Skatteverket (Swedish Tax Agency)
Re: preliminary tax for {YEAR} – personnummer {NID:A:SE_PERSONNUMMER}|Danish Tax Agency (Skattestyrelsen)
Re: tax assessment {YEAR} – CPR no. {NID:A:DK_CPR}|Autoridade Tributária – Serviço de Finanças
Re: IRS refund {YEAR} – NIF {NID:A:PT_NIF}⟧
{DATE}

Dear Sir or Madam,

⟦Please find attached my P60 and medical receipts. I believe I am due a refund of {AMOUNT}.|I would like to update the bank account used for my refunds.|I am writing to ask why my refund has not yet been paid.⟧ Please pay any refund into {IBAN:A}⟦ (account holder: {A.full})|⟧. ⟦My spouse, {B.full}, is jointly assessed with me.|⟧

If you need anything further, I can be reached on {PHONE:A}.

Yours faithfully,
{A.full}
""", weight=2)

F("en", "email", """
From: {A.full} <{EMAIL:A}>
To: {B.full} <{WEMAIL:B}>
Subject: ⟦tax return {YEAR}|documents for my return|self-assessment⟧

Hi {B.first},
⟦as promised, here are the details for my return|please find my details below⟧:
– ⟦PPS number: {NID:A:IE_PPSN}|Personnummer: {NID:A:SE_PERSONNUMMER}|CPR number: {NID:A:DK_CPR}|NIF: {NID:A:PT_NIF}⟧
– VAT number (sole trader): {VAT:A}
– refund account: {IBAN:A}
⟦{C.first}'s papers will follow once {C?he:she} is back from {CITY}.|My partner, {C.full}, will send {C?his:her} own papers separately.⟧
Thanks,
{A.first}

> On {DATE}, {B.full} wrote:
> Hi {A.first}, could you send me your tax ID, VAT number and bank details so I can file before the deadline? Thanks, {B.first}
""", weight=2)

F("fr", "letter", """
{A.full}
{PHONE:A} – {EMAIL:A}

⟦Caisse primaire d'assurance maladie de {CITY}
Objet : remboursement de soins – n° de sécurité sociale {NID:A:FR_NIR}|Caisse d'allocations familiales de {CITY}
Objet : changement de situation – NIR {NID:A:FR_NIR}|SPF Finances – Centre de contact
Objet : remboursement d'impôt – numéro national {NID:A:BE_NATIONAL_NUMBER}|Mutualité – service des indemnités
Objet : indemnités – NISS {NID:A:BE_NATIONAL_NUMBER}⟧

{CITY2}, le {DATE}

Madame, Monsieur,

⟦Je vous prie de trouver ci-joint les justificatifs de mes frais médicaux du mois dernier.|Je vous informe d'un changement de coordonnées bancaires.|Je n'ai toujours pas reçu le remboursement annoncé dans votre courrier du {DATE2}.⟧ Merci d'effectuer les versements sur mon compte {IBAN:A}⟦ ouvert au nom de {A.full}|⟧. ⟦{B?Mon conjoint:Ma conjointe}, {B.full}, est {B?rattaché:rattachée} à mon dossier.|⟧

Je reste joignable au {PHONE:A}.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
{A.full}
""")

F("fr", "email", """
De : {A.full} <{EMAIL:A}>
À : {B.full} <{WEMAIL:B}>
Objet : ⟦déclaration de revenus {YEAR}|pièces pour ma déclaration|comptabilité de la micro-entreprise⟧

Bonjour {B.first},
voici les éléments demandés :
– ⟦n° de sécurité sociale : {NID:A:FR_NIR}|numéro national : {NID:A:BE_NATIONAL_NUMBER}|NIR : {NID:A:FR_NIR}|NIF portugais : {NID:A:PT_NIF}⟧
– n° de TVA intracommunautaire : {VAT:A}
– compte pour le remboursement : {IBAN:A}
⟦Les documents de {C.first} suivront à son retour de {CITY}.|{C?Mon conjoint:Ma conjointe}, {C.full}, vous enverra ses justificatifs séparément.⟧
Merci d'avance,
{A.first}

Le {DATE}, {B.full} a écrit :
> Bonjour {A.first}, pourriez-vous m'envoyer vos identifiants, votre numéro de TVA et un RIB avant la date limite ? Bien à vous, {B.first}
""")

F("de", "letter", """
{A.full}
{PHONE:A} · {EMAIL:A}

⟦Finanzamt {CITY}
Betreff: Einkommensteuererklärung {YEAR} – Steuer-ID {NID:A:DE_TAX_ID}|Finanzamt {CITY}
Betreff: Änderung der Bankverbindung, Identifikationsnummer {NID:A:DE_TAX_ID}|Bundeszentralamt für Steuern
Betreff: Anfrage zu meiner steuerlichen Identifikationsnummer {NID:A:DE_TAX_ID}|Österreichische Gesundheitskasse
Betreff: Kostenerstattung, SV-Nummer {NID:A:AT_SSN}|Pensionsversicherungsanstalt
Betreff: Versicherungszeiten, VSNR {NID:A:AT_SSN}⟧

{CITY2}, {DATE}

Sehr geehrte Damen und Herren,

⟦anbei übersende ich die fehlenden Belege.|bitte ändern Sie meine Bankverbindung.|leider ist die angekündigte Erstattung bis heute nicht eingegangen.⟧ Bitte überweisen Sie künftige Erstattungen auf mein Konto {IBAN:A}⟦ ({A?Kontoinhaber:Kontoinhaberin}: {A.full})|⟧. ⟦{B?Mein Ehemann:Meine Ehefrau}, {B.full}, wird gemeinsam mit mir veranlagt.|⟧

Für Rückfragen erreichen Sie mich unter {PHONE:A}.

Mit freundlichen Grüßen
{A.full}
""", weight=2)

F("de", "email", """
Von: {A.full} <{EMAIL:A}>
An: {B.full} <{WEMAIL:B}>
Betreff: ⟦Unterlagen Steuererklärung {YEAR}|EÜR {YEAR}|Ihre Rückfrage⟧

Hallo {B?Herr:Frau} {B.last},
anbei die gewünschten Angaben:
– ⟦Steuer-ID: {NID:A:DE_TAX_ID}|steuerliche Identifikationsnummer: {NID:A:DE_TAX_ID}|SV-Nummer: {NID:A:AT_SSN}⟧
– USt-IdNr.: {VAT:A}
– Konto für Erstattungen: {IBAN:A}
⟦Die Unterlagen von {C.first} reiche ich nach, sobald {C?er:sie} aus {CITY} zurück ist.|{C?Mein Partner:Meine Partnerin}, {C.full}, schickt Ihnen {C?seine:ihre} Belege separat.⟧
Viele Grüße
{A.full}

Am {DATE} schrieb {B.full}:
> {A?Sehr geehrter Herr:Sehr geehrte Frau} {A.last}, bitte senden Sie mir noch Ihre Identifikationsnummer, die USt-IdNr. und Ihre Bankverbindung. Mit freundlichen Grüßen, {B.full}
""")

F("es", "letter", """
{A.full}
{NIDN:A}: {NID:A}
{PHONE:A} · {EMAIL:A}

⟦Agencia Tributaria – Delegación de {CITY}|Tesorería General de la Seguridad Social|Instituto Nacional de la Seguridad Social – Dirección Provincial de {CITY}⟧

{CITY2}, {DATE}

Asunto: ⟦devolución del IRPF {YEAR}|cambio de cuenta bancaria|reclamación de la prestación por nacimiento⟧

Muy señores míos:

⟦Adjunto los justificantes que me solicitaron.|Les ruego que actualicen mis datos bancarios.|A fecha de hoy no he recibido el importe reconocido en su resolución del {DATE2}.⟧ Les ruego que cualquier abono se realice en la cuenta {IBAN:A}⟦, de la que soy titular|⟧. ⟦Mi cónyuge, {B.full}, con {NIDN:B} {NID:B}, figura también en el expediente.|⟧

Atentamente,
{A.full}
""")

F("es", "email", """
De: {A.full} <{EMAIL:A}>
Para: {B.full} <{WEMAIL:B}>
Asunto: ⟦renta {YEAR}|documentación para la declaración|IVA del trimestre⟧

Hola, {B.first}:
te paso los datos que me pediste:
– {NIDN:A}: {NID:A}
– NIF-IVA: {VAT:A}
– cuenta para la devolución: {IBAN:A}
⟦Lo de {C.first} te lo mando cuando vuelva de {CITY}.|Mi pareja, {C.full}, te enviará sus papeles aparte.⟧
Gracias,
{A.first}

El {DATE}, {B.full} escribió:
> Hola, {A.first}: ¿me puedes enviar tu DNI o NIE, el NIF-IVA y el número de cuenta antes del plazo? Un saludo, {B.first}
""")

F("it", "letter", """
{A.full}
C.F. {NID:A}
{PHONE:A} – {EMAIL:A}

Spett.le ⟦Agenzia delle Entrate – Direzione Provinciale di {CITY}|INPS – Sede di {CITY}|Comune di {CITY} – Ufficio Tributi⟧

{CITY2}, {DATE}

Oggetto: ⟦rimborso IRPEF {YEAR}|variazione delle coordinate bancarie|sollecito pagamento assegno unico⟧

⟦Allego la documentazione richiesta.|Vi comunico le nuove coordinate bancarie.|Ad oggi non ho ricevuto l'importo riconosciuto con la comunicazione del {DATE2}.⟧ Vi prego di effettuare l'accredito sull'IBAN {IBAN:A}⟦ intestato a {A.full}|⟧. ⟦{B?Mio marito:Mia moglie}, {B.full} (C.F. {NID:B}), è {B?cointestatario:cointestataria} della pratica.|⟧

Distinti saluti,
{A.full}
""")

F("it", "email", """
Da: {A.full} <{EMAIL:A}>
A: {B.full} <{WEMAIL:B}>
Oggetto: ⟦dichiarazione dei redditi {YEAR}|documenti per il 730|fatture del trimestre⟧

Ciao {B.first},
ecco i dati che mi avevi chiesto:
– codice fiscale: {NID:A}
– partita IVA: {VAT:A}
– IBAN per il rimborso: {IBAN:A}
⟦I documenti di {C.first} te li mando appena torna da {CITY}.|{C?Il mio compagno:La mia compagna}, {C.full}, ti manderà i suoi a parte.⟧
Grazie,
{A.first}

Il {DATE}, {B.full} ha scritto:
> Ciao {A.first}, mi mandi codice fiscale, partita IVA e IBAN entro la scadenza? Grazie, {B.first}
""")

F("nl", "letter", """
{A.full}
{PHONE:A} · {EMAIL:A}

⟦Belastingdienst
Betreft: voorlopige aanslag {YEAR}, BSN {NID:A:NL_BSN}|Sociale Verzekeringsbank
Betreft: kinderbijslag, burgerservicenummer {NID:A:NL_BSN}|FOD Financiën
Betreft: belastingteruggave, rijksregisternummer {NID:A:BE_NATIONAL_NUMBER}|DUO
Betreft: terugbetaling studieschuld, BSN {NID:A:NL_BSN}⟧

{CITY}, {DATE}

Geachte heer, mevrouw,

⟦Hierbij stuur ik u de ontbrekende stukken.|Graag geef ik een nieuw rekeningnummer door.|Tot op heden heb ik de toegezegde teruggave niet ontvangen.⟧ Wilt u toekomstige betalingen overmaken naar {IBAN:A}⟦ t.n.v. {A.init}|⟧? ⟦Mijn partner, {B.full}, staat ook op het dossier.|⟧

Met vriendelijke groet,
{A.full}
""")

F("nl", "email", """
Van: {A.full} <{EMAIL:A}>
Aan: {B.full} <{WEMAIL:B}>
Onderwerp: ⟦aangifte inkomstenbelasting {YEAR}|gegevens voor de btw-aangifte|stukken voor de aangifte⟧

Hoi {B.first},
hierbij de gegevens die je nog nodig had:
– ⟦BSN: {NID:A:NL_BSN}|burgerservicenummer: {NID:A:NL_BSN}|rijksregisternummer: {NID:A:BE_NATIONAL_NUMBER}⟧
– btw-id: {VAT:A}
– rekening voor de teruggave: {IBAN:A}
⟦De stukken van {C.first} volgen zodra {C?hij:ze} terug is uit {CITY}.|{C?Mijn vriend:Mijn vriendin}, {C.full}, stuurt {C?zijn:haar} eigen papieren apart.⟧
Groet,
{A.first}

Op {DATE} schreef {B.full}:
> Hoi {A.first}, kun je me je BSN, btw-id en rekeningnummer sturen vóór de deadline? Groet, {B.first}
""")

F("pl", "letter", """
{A.full}
PESEL: {NID:A:PL_PESEL}
tel. {PHONE:A}, e-mail: {EMAIL:A}

⟦Zakład Ubezpieczeń Społecznych, Oddział w {CITY.1}|Urząd Skarbowy w {CITY.1}|Miejski Ośrodek Pomocy Społecznej w {CITY.1}⟧

{CITY2}, {DATE}

Dotyczy: ⟦zwrot nadpłaty podatku za {YEAR} r.|zmiana numeru rachunku bankowego|wypłata zasiłku opiekuńczego⟧

⟦W załączeniu przesyłam brakujące dokumenty.|Uprzejmie proszę o zmianę numeru rachunku.|Do dnia dzisiejszego nie otrzymał{A?em:am} świadczenia przyznanego decyzją z dnia {DATE2}.⟧ Proszę o przekazywanie należności na rachunek {IBAN:A}. ⟦{B?Małżonek:Małżonka}, {B.full} (PESEL {NID:B:PL_PESEL}), rozlicza się wspólnie ze mną.|⟧

Z poważaniem
{A.full}
""")

F("pl", "email", """
Od: {A.full} <{EMAIL:A}>
Do: {B.full} <{WEMAIL:B}>
Temat: ⟦PIT za {YEAR}|dokumenty do rozliczenia|JPK za kwartał⟧

Dzień dobry {B?Panie:Pani} {B.first@voc},
przesyłam brakujące dane:
– PESEL: {NID:A:PL_PESEL}
– NIP: {VAT:A}
– rachunek do zwrotu: {IBAN:A}
⟦Dokumenty {C.first@gen} doślę, jak wróci z delegacji.|{C?Mój partner:Moja partnerka}, {C.full}, prześle swoje dokumenty osobno.⟧
Pozdrawiam
{A.full}

{DATE} {B.full} {B?napisał:napisała}:
> Dzień dobry, proszę o przesłanie numeru PESEL, NIP oraz numeru rachunku przed terminem. Pozdrawiam, {B.full}
""")


if __name__ == "__main__":
    main()
