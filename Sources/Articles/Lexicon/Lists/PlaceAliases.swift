// Edit here: one entry per line (lines starting with # are comments).
extension WordLists {
    /// Other names of places, a tab, the canonical name. Compiled by hand; one per line.
    static let placeAliases = """
# Other names of places and the canonical name (common English usage, ISO 3166 short forms).
U.S.	United States
US	United States
U.S.A.	United States
USA	United States
America	United States
United States of America	United States
the States	United States
U.K.	United Kingdom
UK	United Kingdom
Britain	United Kingdom
Great Britain	United Kingdom
U.A.E.	United Arab Emirates
UAE	United Arab Emirates
Russian Federation	Russia
Republic of Korea	South Korea
Mainland China	China
People's Republic of China	China
PRC	China
Holland	Netherlands
The Netherlands	Netherlands
Czechia	Czech Republic
Burma	Myanmar
Ivory Coast	Ivory Coast
D.C.	Washington, D.C.
Washington D.C.	Washington, D.C.
NYC	New York City
L.A.	Los Angeles
West Coast	West Coast
East Coast	East Coast
Gulf Coast	Gulf Coast
Midwest	Midwest
Middle East	Middle East
Silicon Valley	Silicon Valley
Latin America	Latin America
South America	South America
North America	North America
Southeast Asia	Southeast Asia
Western Europe	Western Europe
Eastern Europe	Eastern Europe
Ala.	Alabama
Ariz.	Arizona
Ark.	Arkansas
Calif.	California
Colo.	Colorado
Conn.	Connecticut
Del.	Delaware
Fla.	Florida
Ga.	Georgia
Ill.	Illinois
Ind.	Indiana
Kan.	Kansas
Ky.	Kentucky
La.	Louisiana
Md.	Maryland
Mass.	Massachusetts
Mich.	Michigan
Minn.	Minnesota
Miss.	Mississippi
Mo.	Missouri
Mont.	Montana
Neb.	Nebraska
Nev.	Nevada
N.H.	New Hampshire
N.J.	New Jersey
N.M.	New Mexico
N.Y.	New York
N.C.	North Carolina
N.D.	North Dakota
Okla.	Oklahoma
Ore.	Oregon
Pa.	Pennsylvania
R.I.	Rhode Island
S.C.	South Carolina
S.D.	South Dakota
Tenn.	Tennessee
Vt.	Vermont
Va.	Virginia
Wash.	Washington
W.Va.	West Virginia
Wis.	Wisconsin
Wyo.	Wyoming
EU	European Union
E.U.	European Union
European Union	European Union
Earth	Earth
# world regions and historic regions, named as places in news
Scandinavia	Scandinavia
Balkans	Balkans
Baltics	Baltics
Caribbean	Caribbean
Sahel	Sahel
Horn of Africa	Horn of Africa
Patagonia	Patagonia
Siberia	Siberia
Levant	Levant
Maghreb	Maghreb
Iberia	Iberia
Benelux	Benelux
Caucasus	Caucasus
Central Asia	Central Asia
Central America	Central America
South Asia	South Asia
East Asia	East Asia
Sub-Saharan Africa	Sub-Saharan Africa
Antarctica	Antarctica
Persian Gulf	Persian Gulf
Nordics	Nordics
Mesopotamia	Mesopotamia
Indochina	Indochina
Oceania	Oceania
Polynesia	Polynesia
Melanesia	Melanesia
Micronesia	Micronesia
Anatolia	Anatolia
Balkan Peninsula	Balkan Peninsula
Kurdistan	Kurdistan
Punjab	Punjab
Bengal	Bengal
Kashmir	Kashmir
Tibet	Tibet
Darfur	Darfur
Flanders	Flanders
Wallonia	Wallonia
Catalonia	Catalonia
Basque Country	Basque Country
Andalusia	Andalusia
Bavaria	Bavaria
Lombardy	Lombardy
Tuscany	Tuscany
Sicily	Sicily
Sardinia	Sardinia
Corsica	Corsica
Brittany	Brittany
Normandy	Normandy
Provence	Provence
Scotland	Scotland
Wales	Wales
England	England
Northern Ireland	Northern Ireland
Crimea	Crimea
Donbas	Donbas
Transylvania	Transylvania
Galicia	Galicia
Silesia	Silesia
Lapland	Lapland
Greenland	Greenland
Yukon	Yukon
Alaska	Alaska
Hawaii	Hawaii
Borneo	Borneo
Sumatra	Sumatra
Bali	Bali
Mindanao	Mindanao
Luzon	Luzon
Hokkaido	Hokkaido
Okinawa	Okinawa
Kyushu	Kyushu
Tasmania	Tasmania
Queensland	Queensland
Ontario	Ontario
Quebec	Quebec
Alberta	Alberta
"""
}
