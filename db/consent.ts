/**
 * The consent a participatiecoach reads with the client before a trajectory starts. Stored word for
 * word with each trajectory: a later change of this text does not change what someone agreed to.
 * Here in db/ (importing nothing) so the demo data stores the same text as the coach's form shows.
 */
export const CONSENT_TEXT = [
  "Uw begeleider houdt op deze website bij wat u doet in uw traject.",
  "Wij bewaren: de start en het einde, hoeveel uur per week, de soort traject, uw groep, uw stap op de participatieladder, de evaluaties en de notities van uw begeleider.",
  "Alleen uw begeleider en uzelf zien dit. Gastheren, buurtwerkers en andere mensen van de website zien het niet.",
  "U ziet alles op uw eigen pagina, ook wie uw dossier bekeek en wanneer. U kunt alles downloaden.",
  "Wij halen de gegevens weg als u dat vraagt of als uw account weg gaat, en uiterlijk een tijd na het einde van het traject. Alleen getallen zonder naam blijven.",
].join(" ");

/**
 * The sentence a person ticks when leaving an e-mail address or 06-number for a project's news
 * (project_contacts); stored word for word with the day. Here for the same reason as above.
 */
export const CONTACT_CONSENT = "Ik wil bericht krijgen als het project vertelt wat het met de antwoorden doet. Na het project wordt mijn e-mail of nummer gewist.";
