// What the overview asks the API for, by period: shared by the page and the early requests.

/** The overview's GET paths for a period (undefined: the newest). */
export function overviewPaths(period: string | undefined): {
  public: string[];
  signedIn: string[];
} {
  const qs = period ? `?period=${encodeURIComponent(period)}` : '';
  return {
    public: [`/api/overview${qs}`, `/api/ranking${qs}`, '/api/frameworks/current', '/api/units'],
    signedIn: [`/api/gaps${qs}`],
  };
}
