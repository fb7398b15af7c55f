"""Hand-labelled sentences for the prose extractor, English and Spanish.

Each case is (sentence, language, publication date, expected claims); a claim lists flights,
qualifier, status, origin, destinations and any extra fields it must carry. An empty list means
the sentence states no flight count (people, money, rates, fleets, dates, ...).
"""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2024, 3, 15)  # a Friday


def claim(flights: int, qualifier: str, status: str, origin: str | None = None, destinations: tuple[str, ...] = (), **extra: object) -> dict:
    """One expected claim."""
    return {"flights": flights, "qualifier": qualifier, "status": status, "origin_country": origin,
            "destination_countries": sorted(destinations), **extra}


ENGLISH = [
    ("Two deportation flights landed in Guatemala City on Tuesday.", PUB, [claim(2, "exact", "completed", None, ("GT",))]),
    ("ICE carried out more than 40 removal flights to Honduras in January.", PUB, [claim(40, "more_than", "completed", None, ("HN",))]),
    ("About a dozen flights departed from Harlingen, Texas, last week.", PUB, [claim(12, "approx", "completed", "US")]),
    ("At least five flights carrying Venezuelan migrants arrived in Caracas.", PUB, [claim(5, "at_least", "completed", None, ("VE",))]),
    ("Up to 10 flights to Haiti are scheduled for next month.", PUB, [claim(10, "at_most", "planned", None, ("HT",))]),
    ("Fewer than three flights reached Ecuador this year.", PUB, [claim(3, "less_than", "completed", None, ("EC",))]),
    ("Between eight and ten flights left Miami for Colombia.", PUB, [claim(8, "range", "completed", "US", ("CO",), flights_max=10)]),
    ("The administration plans to operate four flights to Venezuela next week.", PUB, [claim(4, "exact", "planned", None, ("VE",))]),
    ("Mexico denied landing permission to two U.S. military flights.", PUB, [claim(2, "exact", "denied", "US", ("MX",))]),
    ("Three flights to Brazil were cancelled because of bad weather.", PUB, [claim(3, "exact", "cancelled", None, ("BR",))]),
    ("Guatemala received its third flight of deportees on Friday.", PUB,
     [claim(1, "exact", "completed", None, ("GT",), ordinal=3, period_start=PUB, period_end=PUB)]),
    ("One flight with 135 Salvadorans landed in San Salvador.", PUB,
     [claim(1, "exact", "completed", None, ("SV",), passengers=135, passengers_per_flight=135)]),
    ("The two flights, each carrying about 100 people, arrived in Tegucigalpa.", PUB,
     [claim(2, "exact", "completed", None, ("HN",), passengers=200, passengers_per_flight=100)]),
    ("Officials said 12 flights had departed from Mexico to Venezuela since October.", PUB, [claim(12, "exact", "completed", "MX", ("VE",))]),
    ("Twenty-one flights landed in Port-au-Prince.", PUB, [claim(21, "exact", "completed", None, ("HT",))]),
    ("A dozen deportation flights to Africa took off from Louisiana.", PUB, [claim(12, "approx", "completed", "US")]),
    ("Seven flights, 4 of them from Texas and 3 from Arizona, landed in Guatemala.", PUB,
     [claim(7, "exact", "completed", "US", ("GT",)), claim(4, "exact", "completed", "US", ("GT",)), claim(3, "exact", "completed", "US", ("GT",))]),
    ("Removal flights this month: Ecuador (5), Peru (2).", PUB,
     [claim(5, "exact", "completed", None, ("EC",)), claim(2, "exact", "completed", None, ("PE",))]),
    ("Guatemala received 58 flights, Honduras 41 and Colombia 12.", PUB,
     [claim(58, "exact", "completed", None, ("GT",)), claim(41, "exact", "completed", None, ("HN",)), claim(12, "exact", "completed", None, ("CO",))]),
    ("It said two flights had departed Mexico on Friday and Saturday.", dt.date(2023, 12, 31),
     [claim(2, "exact", "completed", "MX", period_start=dt.date(2023, 12, 29), period_end=dt.date(2023, 12, 30))]),
    ("Nearly 30 flights are expected to land in Port-au-Prince.", PUB, [claim(30, "approx", "planned", None, ("HT",))]),
    ("Some 15 charter flights flew deportees to El Salvador in February.", PUB,
     [claim(15, "approx", "completed", None, ("SV",), period_start=dt.date(2024, 2, 1), period_end=dt.date(2024, 2, 29))]),
    ("Honduras refused a deportation flight from the United States on Monday.", PUB, [claim(1, "exact", "denied", "US", ("HN",))]),
    ("The third flight was cancelled after Colombia withdrew permission.", PUB, [claim(1, "exact", "cancelled", ordinal=3)]),
    ("The agency operates 10 to 14 aircraft for removals.", PUB, []),
    ("There are two flights a week to Guatemala.", PUB, []),
    ("ICE averaged 17 flights per month last year.", PUB, []),
    ("There were nine fewer flights than last year.", PUB, []),
    ("About 806,000 people had crossed the southern border, including more than 98,000 in San Diego.", PUB, []),
    ("The administration has since deployed 1,500 additional troops.", PUB, []),
    ("The CBP One app has issued anywhere from 1,250 to 1,450 appointments daily.", PUB, []),
    ("The tariff of 25% on Mexican goods starts in February 2025.", PUB, []),
    ("A 25-year-old man was on the flight to Guatemala.", PUB, []),
    ("Call 1-800-555-0199 for flight information.", PUB, []),
    ("More than 20 organizations condemned the flights.", PUB, []),
    ("The government will resume deportation flights to Venezuela.", PUB, []),
    ("In 2023, flights to Colombia doubled.", PUB, []),
    ("The plane was carrying 207 nationals.", PUB, []),
    ("Twenty flight attendants walked out, citing a flight risk.", PUB, []),
    ("Eight or nine flights a day leave for Central America.", PUB, []),
]

SPANISH = [
    ("Guatemala recibió 58 vuelos, Honduras 41 y Colombia 12.", PUB,
     [claim(58, "exact", "completed", None, ("GT",)), claim(41, "exact", "completed", None, ("HN",)), claim(12, "exact", "completed", None, ("CO",))]),
    ("Aterrizaron 31 aviones en Guatemala durante enero.", PUB,
     [claim(31, "exact", "completed", None, ("GT",), period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 1, 31))]),
    ("Más de 40 vuelos de deportación partieron de Estados Unidos.", PUB, [claim(40, "more_than", "completed", "US")]),
    ("Alrededor de 20 vuelos llegaron a Honduras.", PUB, [claim(20, "approx", "completed", None, ("HN",))]),
    ("Al menos cinco vuelos fueron cancelados.", PUB, [claim(5, "at_least", "cancelled")]),
    ("Hasta 10 vuelos están programados hacia Venezuela.", PUB, [claim(10, "at_most", "planned", None, ("VE",))]),
    ("Entre tres y cuatro vuelos salieron de México.", PUB, [claim(3, "range", "completed", "MX", flights_max=4)]),
    ("Se realizaron veintitrés vuelos a El Salvador.", PUB, [claim(23, "exact", "completed", None, ("SV",))]),
    ("Unos 15 vuelos aterrizaron en Tegucigalpa.", PUB, [claim(15, "approx", "completed", None, ("HN",))]),
    ("Cerca de 12 vuelos con venezolanos llegaron a Maiquetía.", PUB, [claim(12, "approx", "completed", None, ("VE",))]),
    ("México negó el aterrizaje de un vuelo militar de Estados Unidos.", PUB, [claim(1, "exact", "denied", "US", ("MX",))]),
    ("El gobierno de Honduras rechazó dos vuelos procedentes de Estados Unidos.", PUB, [claim(2, "exact", "denied", "US", ("HN",))]),
    ("Dos vuelos con 135 salvadoreños aterrizaron en San Salvador.", PUB, [claim(2, "exact", "completed", None, ("SV",), passengers=135)]),
    ("Se tiene previsto que tres vuelos lleguen a Haití la próxima semana.", PUB, [claim(3, "exact", "planned", None, ("HT",))]),
    ("Guatemala recibió su tercer vuelo de deportados.", PUB, [claim(1, "exact", "completed", None, ("GT",), ordinal=3)]),
    ("Veinte vuelos partieron desde Texas hacia Guatemala.", PUB, [claim(20, "exact", "completed", "US", ("GT",))]),
    ("El Gobierno de los Estados Unidos ha realizado 79 vuelos de repatriación desde el 1 al 21 de enero.", dt.date(2024, 1, 23),
     [claim(79, "exact", "completed", "US", period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 1, 21))]),
    ("Una docena de vuelos llegaron a Colombia.", PUB, [claim(12, "approx", "completed", None, ("CO",))]),
    ("Se cancelaron cuatro vuelos a Nicaragua.", PUB, [claim(4, "exact", "cancelled", None, ("NI",))]),
    ("Dos vuelos partieron de México el viernes y el sábado.", dt.date(2023, 12, 31),
     [claim(2, "exact", "completed", "MX", period_start=dt.date(2023, 12, 29), period_end=dt.date(2023, 12, 30))]),
    ("Partieron 3 vuelos: Ecuador (2), Perú (1).", PUB,
     [claim(3, "exact", "completed", None, ("EC", "PE")), claim(2, "exact", "completed", None, ("EC",)),
      claim(1, "exact", "completed", None, ("PE",))]),
    ("Menos de cinco vuelos llegaron a Cuba.", PUB, [claim(5, "less_than", "completed", None, ("CU",))]),
    ("Aproximadamente 60 vuelos fueron realizados en febrero.", PUB,
     [claim(60, "approx", "completed", period_start=dt.date(2024, 2, 1), period_end=dt.date(2024, 2, 29))]),
    ("Ocho vuelos con migrantes hondureños aterrizaron en San Pedro Sula.", PUB, [claim(8, "exact", "completed", None, ("HN",))]),
    ("Cuarenta y dos vuelos llegaron a Bogotá el mes pasado.", PUB, [claim(42, "exact", "completed", None, ("CO",))]),
    ("ICE opera entre 10 y 14 aviones.", PUB, []),
    ("Hay un promedio de 17 vuelos al mes.", PUB, []),
    ("Se realizan dos vuelos por semana a Guatemala.", PUB, []),
    ("Hubo nueve vuelos menos que el año pasado.", PUB, []),
    ("Unas 806.000 personas cruzaron la frontera.", PUB, []),
    ("Se desplegaron 1.500 soldados adicionales.", PUB, []),
    ("La desarticulación de al menos 10 de las organizaciones criminales.", PUB, []),
    ("La reunión ministerial fue el 19 de enero de 2024.", PUB, []),
    ("El costo fue de 25 millones de dólares.", PUB, []),
    ("Un hombre de 45 años viajaba en el vuelo.", PUB, []),
    ("Los vuelos aumentaron un 30% en 2023.", PUB, []),
    ("Los vuelos de deportación continuarán la próxima semana.", PUB, []),
    ("Se registraron 207 connacionales en el vuelo.", PUB, []),
    ("Llame al 55-1234-5678 para información de vuelos.", PUB, []),
    ("Entre tres y cuatro vuelos semanales salen hacia Centroamérica.", PUB, []),
]

NO_FLIGHT_DOCUMENTS = [
    ("en", "Officials met on Tuesday to discuss trade, energy and security.\n\nThe talks covered 13 topics and 4 agreements were signed."),
    ("es", "La secretaria visitó Washington el 19 de enero.\n\nSe firmaron 3 acuerdos y se desarticularon 10 organizaciones criminales."),
    ("en", "Flight prices rose 20% this year, and airlines added 5 new routes for tourists."),
]

# Written after the extractor was tuned on the lists above, and measured once before the extractor
# was changed for them; benchmarks/mention_accuracy.py reports them as a separate set.
HELD_OUT_ENGLISH = [
    ("Immigration and Customs Enforcement flew 124 deportation flights to Guatemala in fiscal year 2023.", PUB,
     [claim(124, "exact", "completed", None, ("GT",))]),
    ("A flight carrying 130 Venezuelan migrants landed at Simón Bolívar International Airport on Wednesday.", PUB,
     [claim(1, "exact", "completed", None, ("VE",), passengers=130, passengers_per_flight=130)]),
    ("The Department of Homeland Security said it had conducted roughly 20 removal flights to Colombia since May.", PUB,
     [claim(20, "approx", "completed", None, ("CO",))]),
    ("Colombia's president turned back two U.S. military planes carrying deported migrants.", PUB,
     [claim(2, "exact", "denied", "US", ("CO",))]),
    ("Witness at the Border counted 1,565 removal flights in 2024, up 31 from the year before.", PUB,
     [claim(1565, "exact", "completed")]),
    ("Officials expect at least three more flights to Ecuador before the end of the month.", PUB,
     [claim(3, "at_least", "planned", None, ("EC",))]),
    ("The first of two planned flights to Venezuela was cancelled on Sunday.", PUB, [claim(2, "exact", "cancelled", None, ("VE",))]),
    # a count that mixes senders has none (the corpus convention)
    ("Since January, 58 flights have arrived in Honduras from the United States and Mexico.", PUB,
     [claim(58, "exact", "completed", None, ("HN",))]),
    ("The governor said 1,200 migrants were bused to Chicago last month.", PUB, []),
    ("The airline operates 40 flights daily between Mexico City and Cancún.", PUB, []),
    ("Roughly 60% of removal flights go to Guatemala and Honduras.", PUB, []),
    # the level flights rose to is a count of them (a delta, "rose by 12", is not)
    ("Deportation flights rose to 150 in March, the highest monthly total.", PUB, [claim(150, "exact", "completed")]),
    ("He was one of 88 deportees on the flight to Brazil.", PUB, []),
    ("A total of 17 charter flights left Alexandria, Louisiana, for Central America in April.", PUB,
     [claim(17, "exact", "completed", "US")]),
    ("Panama will receive about 10 flights paid for by the United States this year.", PUB,
     [claim(10, "approx", "planned", None, ("PA",))]),
]

HELD_OUT_SPANISH = [
    ("Durante 2023, Guatemala recibió 227 vuelos con retornados desde Estados Unidos.", PUB,
     [claim(227, "exact", "completed", "US", ("GT",))]),
    ("La Cancillería informó que un vuelo con 120 connacionales aterrizó en el aeropuerto de Maiquetía.", PUB,
     [claim(1, "exact", "completed", None, ("VE",), passengers=120, passengers_per_flight=120)]),
    ("El gobierno colombiano no autorizó el aterrizaje de dos aviones militares estadounidenses.", PUB,
     [claim(2, "exact", "denied", "US", ("CO",))]),
    ("Se esperan al menos cuatro vuelos más hacia Honduras esta semana.", PUB, [claim(4, "at_least", "planned", None, ("HN",))]),
    ("En lo que va del año han llegado 35 vuelos de deportados a San Salvador.", PUB, [claim(35, "exact", "completed", None, ("SV",))]),
    ("México aceptó recibir hasta 30 vuelos mensuales de migrantes no mexicanos.", PUB, []),
    ("Los deportados, unos 3.000, llegaron en autobuses a Tijuana.", PUB, []),
    ("El 45% de los vuelos tuvo como destino Centroamérica.", PUB, []),
    ("Casi 90 vuelos de repatriación fueron realizados por ICE en diciembre.", PUB,
     [claim(90, "approx", "completed", period_start=dt.date(2023, 12, 1), period_end=dt.date(2023, 12, 31))]),
    ("Ecuador recibió el sábado su vuelo número 12 del año procedente de Texas.", PUB, [claim(1, "exact", "completed", "US", ("EC",), ordinal=12)]),
    ("La aerolínea tiene 12 aviones Boeing 737 en su flota.", PUB, []),
    ("Tres vuelos más partirán desde Arizona hacia Guatemala la próxima semana.", PUB, [claim(3, "exact", "planned", "US", ("GT",))]),
    ("Honduras suspendió los vuelos de deportación durante 15 días.", PUB, []),
    ("Un total de 48 vuelos llegaron a Haití entre el 1 y el 31 de enero.", PUB,
     [claim(48, "exact", "completed", None, ("HT",), period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 1, 31))]),
    ("El presidente viajó en un vuelo comercial a Madrid el lunes.", PUB, []),
]
