/**
 * Finnish strings of the privacy notice, the accessibility statement and the page shown after a session was
 * deleted; keys start with `info.`. Plain language: participants read these. Registered by the lazy info-page chunk.
 */
export const pagesFi = {
  'info.back': 'Takaisin',
  'info.home': 'Etusivulle',

  'info.privacy.title': 'Tietosuojaseloste',
  'info.privacy.intro':
    'Tällä sivulla kerrotaan, mitä tietoja Arviointiakvaario tallentaa, kuka niitä näkee ja milloin ne poistetaan.',
  'info.privacy.storedTitle': 'Mitä tietoja tallennetaan',
  'info.privacy.stored1': 'Tilaisuuden tiedot: nimi, kysymykset, vaiheet ja sidosryhmät.',
  'info.privacy.stored2':
    'Osallistujasta nimi tai nimimerkki, jos annat sen. Nimi on vapaaehtoinen. Lisäksi sidosryhmä, jonka valitsit, esimerkiksi asiakas tai työntekijä.',
  'info.privacy.stored3':
    'Mitä tilaisuudessa kirjoitetaan: osallistujien ajatukset, kirjurin muistiinpanot ja puheenvuorot kellonaikoineen.',
  'info.privacy.stored4':
    'Sähköpostiosoitetta tai puhelinnumeroa ei kysytä eikä tallenneta. IP-osoitteita ei tallenneta tietokantaan.',
  'info.privacy.stored5':
    'Palvelimen teknisissä lokeissa ei ole ajatusten tai muistiinpanojen tekstiä, linkkien salaisia tunnuksia eikä liittymiskoodeja.',
  'info.privacy.stored6':
    'Puhelimesi selain muistaa, että liityit tilaisuuteen, jotta pääset takaisin, jos sivu latautuu uudelleen. Evästeitä ei käytetä.',
  'info.privacy.seeTitle': 'Kuka näkee mitä',
  'info.privacy.see1':
    'Fasilitaattorit näkevät oman tilaisuutensa tiedot, paitsi pienryhmissä yksin kirjoitetut ajatukset, joita ei ole vielä esitelty.',
  'info.privacy.see2': 'Kirjuri näkee muistiinpanot ja ajatukset, kuten muutkin työntekijät.',
  'info.privacy.see3': 'Valkokankaalla näkyvät vain ajatukset, jotka fasilitaattori on hyväksynyt.',
  'info.privacy.seeNames':
    'Valkokankaalla näkyy vain, kuinka monta ihmistä sisäkehässä on. Nimet näkyvät siellä vain, jos fasilitaattori valitsee sen, ja silloinkin vain niiden, jotka antoivat nimen.',
  'info.privacy.see4':
    'Ajatukset ovat nimettömiä, ellet itse valitse, että nimesi näkyy ajatuksen kanssa. Sidosryhmäsi (esimerkiksi asiakas) näkyy aina ajatuksen kanssa, myös yhteenvedossa.',
  'info.privacy.see5':
    'Muut osallistujat eivät näe nimeäsi, ellet näytä sitä ajatuksen kanssa. He eivät näe odottavia tai piilotettuja ajatuksia.',
  'info.privacy.see6':
    'Pienryhmissä yksin kirjoittamasi ajatukset näet vain sinä, kunnes puheenjohtaja pyytää sinua esittelemään ne. Sen jälkeen ne näkevät oman ryhmäsi jäsenet ja fasilitaattorit. Ryhmäsi jäsenet näkevät nimesi, jos annoit sen.',
  'info.privacy.see7':
    'Kun sinulla on puheenvuoro, valkokankaalla ja puhelimissa näkyy nimesi, jos annoit sen. Jos et antanut nimeä, näkyy sidosryhmäsi.',
  'info.privacy.see8':
    'Yhteenvedossa on osallistujien määrä sidosryhmittäin, puheenvuorot ja niiden kesto sidosryhmittäin sekä ajatukset sidosryhmän kanssa. Nimesi näkyy vain ajatuksissa, joissa valitsit sen.',
  'info.privacy.keepTitle': 'Kuinka kauan tietoja säilytetään',
  'info.privacy.keep1':
    'Tilaisuuden kaikki tiedot poistetaan automaattisesti 30 päivän kuluttua tilaisuuden päättymisestä. Fasilitaattori voi valita toisen ajan.',
  'info.privacy.keep2': 'Fasilitaattori voi myös poistaa kaikki tiedot heti.',
  'info.privacy.keep3': 'Poistetut tiedot kirjoitetaan yli myös tietokantatiedostossa.',
  'info.privacy.whereTitle': 'Missä tiedot ovat',
  'info.privacy.where1': 'Tiedot ovat tilaisuuden järjestävän organisaation omalla palvelimella.',
  'info.privacy.where2':
    'Palvelu ei käytä ulkopuolisia palveluja, fontteja tai kävijäseurantaa. Tietoja ei lähetetä minnekään muualle.',
  'info.privacy.rightsTitle': 'Sinun oikeutesi',
  'info.privacy.rights1': 'Voit perua omat ajatuksesi tilaisuuden aikana.',
  'info.privacy.rights2': 'Voit pyytää fasilitaattoria tai tilaisuuden järjestäjää poistamaan tietosi.',
  'info.privacy.rights3':
    'Voit tehdä valituksen tietosuojavaltuutetulle (tietosuoja.fi), jos tietojasi on mielestäsi käsitelty väärin.',
  'info.privacy.controllerTitle': 'Kuka vastaa tiedoista',
  'info.privacy.controller1': 'Tiedoista vastaa organisaatio, joka järjestää tilaisuuden (rekisterinpitäjä).',
  'info.privacy.controller2':
    'Kysy fasilitaattorilta, mikä organisaatio järjestää tilaisuuden ja miten siihen saa yhteyden.',
  'info.privacy.organiser': 'Tämän tilaisuuden tiedoista vastaa: {organiser}',

  'info.a11y.title': 'Saavutettavuusseloste',
  'info.a11y.intro':
    'Arviointiakvaario pyrkii täyttämään WCAG 2.1 -ohjeiden AA-tason. Sitä edellyttää laki digitaalisten palvelujen tarjoamisesta (306/2019).',
  'info.a11y.status': 'Palvelu täyttää vaatimukset osittain. Tunnetut puutteet on kerrottu alla.',
  'info.a11y.testedTitle': 'Miten saavutettavuus on tarkistettu',
  'info.a11y.tested1': 'Jokainen näkymä tarkistetaan automaattisesti axe-työkalulla aina, kun palvelun testit ajetaan.',
  'info.a11y.tested2': 'Käyttöä pelkällä näppäimistöllä on testattu.',
  'info.a11y.tested3': 'Painikkeiden, lomakkeiden ja ilmoitusten nimet ruudunlukijaa varten on tarkistettu.',
  'info.a11y.limitsTitle': 'Tunnetut puutteet',
  'info.a11y.limit1':
    'Yhteenvedon PDF-tiedosto on rakenteistettu (tagattu): ruudunlukija lukee sen otsikot, luettelot ja taulukot. Sen PDF/UA-vaatimustenmukaisuutta ei ole tarkistettu validointityökalulla. Saavutettavin muoto on verkkoversio.',
  'info.a11y.limit2':
    'Valkokangasnäkymä on tehty luettavaksi kaukaa. Samat tiedot näkyvät osallistujan omassa puhelimessa.',
  'info.a11y.limit3':
    'Palvelu on suomeksi, ruotsiksi ja englanniksi. Tilaisuuden omat tekstit (kysymykset, muistiinpanot, ajatukset ja yhteenveto) näkyvät sillä kielellä, jolla ne on kirjoitettu.',
  'info.a11y.limit4':
    'Palvelua ei ole vielä testattu yhdessä apuvälineitä käyttävien ihmisten kanssa. Automaattinen tarkistus ei löydä kaikkia ongelmia.',
  'info.a11y.feedbackTitle': 'Palaute',
  'info.a11y.feedback1': 'Jos huomaat saavutettavuusongelman, kerro siitä tilaisuuden järjestäjälle.',
  'info.a11y.feedback2': 'Voit kertoa ongelmasta myös fasilitaattorille tilaisuuden aikana.',
  'info.a11y.supervisionTitle': 'Valvontaviranomainen',
  'info.a11y.supervision1':
    'Jos et saa vastausta 14 päivän kuluessa tai vastaus ei tyydytä sinua, voit ilmoittaa asiasta Liikenne- ja viestintävirasto Traficomin digitaalisen esteettömyyden valvontaan.',
  'info.a11y.supervisionLink': 'saavutettavuusvaatimukset.fi',

  'info.deleted.title': 'Tilaisuus ja kaikki sen tiedot poistettiin.',
  'info.deleted.body': 'Tilaisuuden linkit ja liittymiskoodi eivät enää toimi.',
} as const;
