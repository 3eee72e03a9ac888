#!/usr/bin/env python3
"""Writes the per-tool export fixtures (limesurvey-*.csv, qualtrics*.csv, surveymonkey.csv,
google-forms.csv, microsoft-forms.csv, generic.csv): the same three respondents answering the
built-in short form, each in the layout of one survey tool. See README.md.
Deterministic. Run from anywhere: python3 make-tool-exports.py
"""
import csv, io, os

# The built-in short form: item ids and Dutch texts (Sources/LISO/Instrument/LISOItemBank+*.swift).
ITEMS = [
    ('cc-1', 'Het netwerk werkt aan een vraagstuk dat voor alle deelnemers belangrijk is.'),
    ('cc-4', 'De stem van gezinnen en ervaringsdeskundigen klinkt door in het netwerk.'),
    ('ln-1', 'Het netwerk heeft te veel deelnemers om echt samen te leren.'),
    ('ln-3', 'Ik durf in het netwerk te vertellen over twijfels en fouten.'),
    ('org-3', 'Het is duidelijk wie wat doet in het netwerk.'),
    ('org-4', 'Mijn organisatie geeft mij tijd om mee te doen aan het netwerk.'),
    ('syn-1', 'Het netwerk heeft een doel dat alle deelnemers kennen en steunen.'),
    ('syn-2', 'Samen bereiken we meer dan ieder alleen.'),
    ('res-1', 'Ik leer in het netwerk dingen die ik in mijn werk gebruik.'),
    ('res-3', 'Gezinnen merken iets van wat het netwerk oplevert.'),
    ('mle-1', 'Vanaf het begin was duidelijk dat leren een doel van het netwerk is.'),
    ('mle-2', 'We staan regelmatig samen stil bij wat we geleerd hebben.'),
    ('imp-1', 'Ik neem wat ik leer mee terug naar mijn eigen organisatie.'),
    ('imp-3', 'Wat we leren, wordt uitgeprobeerd in de praktijk.'),
    ('pha-1', 'Leren blijft in elke fase van het netwerk de rode draad.'),
    ('pha-3', 'De betrokken organisaties blijven tijd, mensen en geld in het netwerk steken.'),
]
ids = [i[0] for i in ITEMS]
nl = [i[1] for i in ITEMS]
HERE = os.path.dirname(os.path.abspath(__file__))
ans = [
 [4,5,2,4,3,4,5,4,4,3,'DK',4,4,3,5,4],
 [5,4,1,5,4,3,4,5,5,4,4,3,5,4,4,'DK'],
 [3,2,3,4,'U',2,3,4,2,2,3,3,'DK',2,3,3],
]
labels = {1:'Helemaal mee oneens',2:'Mee oneens',3:'Neutraal',4:'Mee eens',5:'Helemaal mee eens'}
people = [('Anna','de Boer','anna.deboer@example.nl','192.0.2.10'),
          ('Pieter','Jansen','p.jansen@example.org','198.51.100.7'),
          ('Fatima','El Amrani','fatima@example.com','203.0.113.42')]
net = ['Integraal werken','Integraal werken','Normaliseren']
comments = ['Fijn netwerk, maar\nde bijeenkomsten zijn te kort.', '', 'Meer aandacht voor ouders, graag']
Q = 'In hoeverre bent u het eens met de volgende stellingen?'
def cell(a, style):
    if a == 'U': return ''
    if a == 'DK': return {'code':'A9','num':'9','text':'Weet niet','text2':'Weet niet / niet van toepassing','word':'weet niet'}[style]
    return {'code':f'A{a}','num':str(a),'text':labels[a],'text2':labels[a],'word':str(a)}[style]
def write(name, rows, delim=',', quote_all=False, crlf=False, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator='\r\n' if crlf else '\n')
    for r in rows: w.writerow(r)
    data = buf.getvalue()
    with open(os.path.join(HERE, name), 'w', encoding='utf-8-sig' if bom else 'utf-8', newline='') as f: f.write(data)

# LimeSurvey, codes
hdr = ['id','submitdate','lastpage','startlanguage','seed','startdate','datestamp','ipaddr','refurl','netwerk','perspectief','rol','fase','meting'] + [f'liso[{i.replace("-","")}]' for i in ids] + ['opmerking']
persp = [['A1'],['A3'],['A5']]; role=['A1','A5','A5']; phase=['A2','A1','A2']
rows=[hdr]
for k in range(3):
    rows.append([str(k+1),f'2026-03-0{k+2} 10:14:03','4','nl',str(123456789+k),f'2026-03-0{k+2} 10:02:11',f'2026-03-0{k+2} 10:14:03',people[k][3],'https://www.example.nl/uitnodiging',net[k],persp[k][0],role[k],phase[k],'2026-voorjaar']+[cell(a,'code') for a in ans[k]]+[comments[k]])
write('limesurvey-codes.csv', rows, quote_all=True)

# LimeSurvey, full text
hdr = ['Antwoord ID','Datum verstuurd','Laatste pagina','Starttaal','Seed','Datum gestart','Datum laatste actie','IP-adres','Verwijzende URL','Aan welk netwerk doet u mee?','Vanuit welk perspectief neemt u deel aan het netwerk?','Wat is uw rol in het netwerk?','In welke fase zit het netwerk volgens u?','Meetmoment'] + [f'{Q} [{t}]' for t in nl] + ['Heeft u nog opmerkingen?']
perspT=['Beleid','Praktijk','Gezinnen']; roleT=['Trekker','Lid','Lid']; phaseT=['Onderhoud','Formeren','Onderhoud']
rows=[hdr]
for k in range(3):
    rows.append([str(k+1),f'2026-03-0{k+2} 10:14:03','4','nl',str(123456789+k),f'2026-03-0{k+2} 10:02:11',f'2026-03-0{k+2} 10:14:03',people[k][3],'https://www.example.nl/uitnodiging',net[k],perspT[k],roleT[k],phaseT[k],'2026-voorjaar']+[cell(a,'text') for a in ans[k]]+[comments[k]])
write('limesurvey-text.csv', rows, quote_all=True)

# Qualtrics, three header rows, numeric recode values
meta1=['StartDate','EndDate','Status','IPAddress','Progress','Duration (in seconds)','Finished','RecordedDate','ResponseId','RecipientLastName','RecipientFirstName','RecipientEmail','ExternalReference','LocationLatitude','LocationLongitude','DistributionChannel','UserLanguage']
meta2=['Start Date','End Date','Response Type','IP Address','Progress','Duration (in seconds)','Finished','Recorded Date','Response ID','Recipient Last Name','Recipient First Name','Recipient Email','External Data Reference','Location Latitude','Location Longitude','Distribution Channel','User Language']
meta3=['{"ImportId":"startDate","timeZone":"Europe/Amsterdam"}','{"ImportId":"endDate","timeZone":"Europe/Amsterdam"}','{"ImportId":"status"}','{"ImportId":"ipAddress"}','{"ImportId":"progress"}','{"ImportId":"duration"}','{"ImportId":"finished"}','{"ImportId":"recordedDate","timeZone":"Europe/Amsterdam"}','{"ImportId":"_recordId"}','{"ImportId":"recipientLastName"}','{"ImportId":"recipientFirstName"}','{"ImportId":"recipientEmail"}','{"ImportId":"externalDataReference"}','{"ImportId":"locationLatitude"}','{"ImportId":"locationLongitude"}','{"ImportId":"distributionChannel"}','{"ImportId":"userLanguage"}']
q1=['Q1','Q2','Q3','Q4','meting']+[f'Q5_{n+1}' for n in range(16)]+['Q6']
q2=['Aan welk netwerk doet u mee?','Vanuit welk perspectief neemt u deel aan het netwerk? - Geselecteerde keuze','Wat is uw rol in het netwerk?','In welke fase zit het netwerk volgens u?','meting']+[f'{Q} - {t}' for t in nl]+['Heeft u nog opmerkingen?']
q3=['{"ImportId":"QID1_TEXT"}','{"ImportId":"QID2"}','{"ImportId":"QID3"}','{"ImportId":"QID4"}','{"ImportId":"meting"}']+[f'{{"ImportId":"QID5_{n+1}"}}' for n in range(16)]+['{"ImportId":"QID6_TEXT"}']
rid=['R_1q2W3e4R5t6Y7u8','R_2a3S4d5F6g7H8j9','R_3z4X5c6V7b8N9m0']
perspN=['1','3,4','5']; roleN=['1','5','5']; phaseN=['2','1','2']
rows=[meta1+q1, meta2+q2, meta3+q3]
for k in range(3):
    rows.append([f'2026-03-0{k+2} 10:02:11',f'2026-03-0{k+2} 10:14:03','0',people[k][3],'100','712','1',f'2026-03-0{k+2} 10:14:04',rid[k],people[k][1],people[k][0],people[k][2],'','52.0705','4.3007','email','NL',net[k],perspN[k],roleN[k],phaseN[k],'2026-voorjaar']+[cell(a,'num') for a in ans[k]]+[comments[k]])
write('qualtrics.csv', rows, crlf=True)

# Qualtrics, legacy two rows, choice text
l1=['ResponseID','ResponseSet','Name','ExternalDataReference','EmailAddress','IPAddress','Status','StartDate','EndDate','Finished','Q1','Q2','Q3','Q4']+[f'Q5_{n+1}' for n in range(16)]+['Q6','LocationLatitude','LocationLongitude','LocationAccuracy']
l2=['ResponseID','ResponseSet','Name','ExternalDataReference','EmailAddress','IPAddress','Status','StartDate','EndDate','Finished','Aan welk netwerk doet u mee?','Vanuit welk perspectief neemt u deel aan het netwerk?','Wat is uw rol in het netwerk?','In welke fase zit het netwerk volgens u?']+[f'{Q} - {t}' for t in nl]+['Heeft u nog opmerkingen?','LocationLatitude','LocationLongitude','LocationAccuracy']
perspL=['Beleid','Praktijk,Onderzoek','Gezinnen']
rows=[l1,l2]
for k in range(3):
    rows.append([rid[k],'Default Response Set',f'{people[k][1]}, {people[k][0]}','',people[k][2],people[k][3],'0',f'2026-03-0{k+2} 10:02:11',f'2026-03-0{k+2} 10:14:03','1',net[k],perspL[k],roleT[k],phaseT[k]]+[cell(a,'text2') for a in ans[k]]+[comments[k],'52.0705','4.3007','-1'])
write('qualtrics-legacy.csv', rows, crlf=True)

# SurveyMonkey
opts=['Beleid','Onderwijs','Praktijk','Onderzoek','Gezinnen']
s1=['Respondent ID','Collector ID','Start Date','End Date','IP Address','Email Address','First Name','Last Name','Custom Data 1','Aan welk netwerk doet u mee?','Vanuit welk perspectief neemt u deel aan het netwerk?','','','','','Wat is uw rol in het netwerk?','In welke fase zit het netwerk volgens u?','Meetmoment',Q]+['']*15+['Heeft u nog opmerkingen?']
s2=['']*9+['Response']+opts+['Response','Response','Response']+nl+['Open-Ended Response']
ticks=[{'Beleid'},{'Praktijk','Onderzoek'},{'Gezinnen'}]
smid=['114823456701','114823457702','114823461203']
rows=[s1,s2]
for k in range(3):
    rows.append([smid[k],'405123987',f'03/0{k+2}/2026 10:02:11 AM',f'03/0{k+2}/2026 10:14:03 AM',people[k][3],people[k][2],people[k][0],people[k][1],'',net[k]]+[o if o in ticks[k] else '' for o in opts]+[roleT[k],phaseT[k],'2026-voorjaar']+[cell(a,'text') for a in ans[k]]+[comments[k]])
write('surveymonkey.csv', rows, crlf=True)

# Google Forms
g=['Tijdstempel','E-mailadres','Aan welk netwerk doet u mee?','Vanuit welk perspectief neemt u deel aan het netwerk?','Wat is uw rol in het netwerk?','In welke fase zit het netwerk volgens u?','Meetmoment']+[f'{Q} [{t}]' for t in nl]+['Heeft u nog opmerkingen?']
perspG=['Beleid','Praktijk, Onderzoek','Gezinnen']
rows=[g]
for k in range(3):
    rows.append([f'2026/03/0{k+2} 10:14:03 a.m. CET',people[k][2],net[k],perspG[k],roleT[k],phaseT[k],'2026-voorjaar']+[cell(a,'text') for a in ans[k]]+[comments[k]])
write('google-forms.csv', rows)

# Microsoft Forms, Dutch Excel: semicolons and a BOM
m=['ID','Begintijd','Tijd van voltooien','E-mail','Naam','Tijdstip van laatste wijziging','Aan welk netwerk doet u mee?','Vanuit welk perspectief neemt u deel aan het netwerk?','Wat is uw rol in het netwerk?','In welke fase zit het netwerk volgens u?','Meetmoment']+nl+['Heeft u nog opmerkingen?']
perspM=['Beleid;','Praktijk;Onderzoek;','Gezinnen;']
rows=[m]
for k in range(3):
    rows.append([str(k+1),f'2-3-2026 10:0{k}:11',f'2-3-2026 10:1{k}:03',people[k][2],f'{people[k][0]} {people[k][1]}','',net[k],perspM[k],roleT[k],phaseT[k],'2026-voorjaar']+[cell(a,'text') for a in ans[k]]+[comments[k]])
write('microsoft-forms.csv', rows, delim=';', crlf=True, bom=True)

# Generic: the blank template's header, answers as numbers, a researcher's added name column
gh=['respondent','network','perspective','role','phase','wave']+ids+['naam','opmerking']
perspX=['Beleid','Praktijk;Onderzoek','Gezinnen']
rows=[gh]
for k in range(3):
    rows.append([f'r{k+1}',net[k],perspX[k],roleT[k],phaseT[k],'2026-voorjaar']+[cell(a,'word') for a in ans[k]]+[f'{people[k][0]} {people[k][1]}',comments[k]])
write('generic.csv', rows)
