/** French texts of the Trésorerie sheet (the verdict's wording lives in src/domain/cash.ts). */
export const TRESORERIE_LABELS = {
  title: "Trésorerie de l'année suivie",
  note:
    "Encaissements : le montant reçu à sa date de réception (saisis dans Versements), sinon le montant attendu à sa date. " +
    "Décaissements : le réalisé du mois dès qu'un montant est saisi dans le Suivi budgétaire, sinon le montant prévu saisi ci-dessous pour ce mois, " +
    "sinon le reste des dépenses prévues de l'année réparti à parts égales sur les mois non saisis.",
  year: "Année du contrat suivie (Paramètres)",
  yearStart: "Début de l'année suivie (mois 1)",
  opening: "Solde d'ouverture de l'année",
  prevu: "Dépenses prévues de l'année (Budget prévisionnel)",
  spread: "Prévu réparti par mois non saisi",
  alert: "Alerte de trésorerie",
  firstNegative: "Premier mois négatif",
  none: "Aucun",
  yearEnd: "Solde de trésorerie en fin d'année",
  headers: ["Mois", "Solde d'ouverture", "Encaissements", "Décaissements", "Solde de clôture", "Origine des décaissements"],
  total: "Année",
  inputsTitle: "Saisies par année du contrat (conservées quand l'année suivie change)",
  inputsYear: (year: number) => `Année ${year}`,
  inputsStart: "Début de l'année",
  openingInput: "Solde d'ouverture (trésorerie au début de l'année)",
  plannedMonth: (month: number) => (month === 1 ? "Décaissements prévus — mois 1 (anniversaire)" : `Décaissements prévus — mois ${month}`),
  plannedTotal: "Total des décaissements prévus saisis",
  plannedCount: "Mois saisis",
  inputsNote:
    "Solde d'ouverture vide = 0 €. Laissez un mois vide pour y répartir les dépenses prévues ; saisissez un montant pour un mois chargé (loyer annuel, événement). " +
    "Seule la colonne de l'année suivie compte ; les autres restent pour le jour où vous la suivrez.",
  openingPrompt: "Trésorerie de l'association au premier jour de cette année du contrat, en euros (négative en cas de découvert).",
  openingError: "Saisissez un montant en euros, par exemple 12 500 (ou -3 000 pour un découvert).",
  plannedPrompt: "Dépenses prévues pour ce mois, en euros ; laissez vide pour répartir le prévu de l'année.",
  plannedError: "Saisissez un montant positif en euros, par exemple 4 200, ou laissez la cellule vide.",
  receiptsTitle: "Encaissements retenus, versement par versement (d'après la feuille Versements)",
  receiptsHeaders: ["Versement", "Date retenue", "Montant retenu", "État"],
  received: "Reçu",
  expected: "Attendu",
  chartTitle: "Solde de trésorerie en fin de mois",
  chartSeries: "Solde de clôture",
  controlSubject: "Trésorerie de l'année suivie",
  summaryAlert: "Trésorerie — alerte",
  summaryYearEnd: "Trésorerie — solde en fin d'année",
} as const;
