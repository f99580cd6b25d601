// Edit here: one entry per line (lines starting with # are comments).
extension WordLists {
    /// Nationality adjectives, a tab, the country. Compiled by hand; one per line.
    static let demonyms = """
# Nationality adjective and the country it names (from the common English forms).
Afghan	Afghanistan
Albanian	Albania
Algerian	Algeria
American	United States
Americans	United States
Argentine	Argentina
Argentinian	Argentina
Armenian	Armenia
Australian	Australia
Austrian	Austria
Azerbaijani	Azerbaijan
Bangladeshi	Bangladesh
Belarusian	Belarus
Belgian	Belgium
Bolivian	Bolivia
Bosnian	Bosnia and Herzegovina
Brazilian	Brazil
British	United Kingdom
Bulgarian	Bulgaria
Burmese	Myanmar
Cambodian	Cambodia
Cameroonian	Cameroon
Canadian	Canada
Chilean	Chile
Chinese	China
Colombian	Colombia
Congolese	Democratic Republic of the Congo
Croatian	Croatia
Cuban	Cuba
Cypriot	Cyprus
Czech	Czech Republic
Danish	Denmark
Dutch	Netherlands
Ecuadorian	Ecuador
Egyptian	Egypt
Emirati	United Arab Emirates
English	United Kingdom
Eritrean	Eritrea
Estonian	Estonia
Ethiopian	Ethiopia
European	Europe
African	Africa
Asian	Asia
Scandinavian	Scandinavia
Caribbean	Caribbean
Balkan	Balkans
Nordic	Nordics
Filipino	Philippines
Finnish	Finland
French	France
Georgian	Georgia
German	Germany
Ghanaian	Ghana
Greek	Greece
Guatemalan	Guatemala
Haitian	Haiti
Honduran	Honduras
Hungarian	Hungary
Icelandic	Iceland
Indian	India
Indonesian	Indonesia
Iranian	Iran
Iraqi	Iraq
Irish	Ireland
Israeli	Israel
Italian	Italy
Jamaican	Jamaica
Japanese	Japan
Jordanian	Jordan
Kazakh	Kazakhstan
Kenyan	Kenya
Korean	South Korea
Kuwaiti	Kuwait
Latvian	Latvia
Lebanese	Lebanon
Libyan	Libya
Lithuanian	Lithuania
Malaysian	Malaysia
Mexican	Mexico
Moldovan	Moldova
Mongolian	Mongolia
Moroccan	Morocco
Nepalese	Nepal
Nigerian	Nigeria
Norwegian	Norway
Pakistani	Pakistan
Palestinian	Palestine
Panamanian	Panama
Peruvian	Peru
Polish	Poland
Portuguese	Portugal
Qatari	Qatar
Romanian	Romania
Russian	Russia
Rwandan	Rwanda
Saudi	Saudi Arabia
Scottish	United Kingdom
Senegalese	Senegal
Serbian	Serbia
Singaporean	Singapore
Slovak	Slovakia
Slovenian	Slovenia
Somali	Somalia
Spanish	Spain
Sudanese	Sudan
Swedish	Sweden
Swiss	Switzerland
Syrian	Syria
Taiwanese	Taiwan
Thai	Thailand
Tunisian	Tunisia
Turkish	Turkey
Ugandan	Uganda
Ukrainian	Ukraine
Uruguayan	Uruguay
Uzbek	Uzbekistan
Venezuelan	Venezuela
Vietnamese	Vietnam
Welsh	United Kingdom
Yemeni	Yemen
Zambian	Zambia
Zimbabwean	Zimbabwe
Democrat	Democratic Party
Democrats	Democratic Party
Republican	Republican Party
Republicans	Republican Party
Muslim	Muslims
Muslims	Muslims
Christian	Christians
Christians	Christians
Catholic	Catholics
Catholics	Catholics
Jewish	Jews
Jews	Jews
Hindu	Hindus
Buddhist	Buddhists
Europeans	Europe
Africans	Africa
Asians	Asia
Canadians	Canada
Chinese-American	United States
"""
}
